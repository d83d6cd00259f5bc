/** A table's column name as a button that sorts by it; the arrow is decoration, the header's aria-sort says the order. */
export function SortButton(props: { label: string; arrow: string; onClick: () => void }) {
  return (
    <button type="button" className="sort-button" onClick={props.onClick}>
      {props.label}{' '}
      <span aria-hidden="true" className="sort-button__arrow">
        {props.arrow}
      </span>
    </button>
  );
}
