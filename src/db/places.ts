/** Where the person stopped in an assessment, so this device can resume there. */
import { type Clock, systemClock } from './clock';
import { db, type Place } from './db';
import { RepositoryError } from './errors';
import { writeTransaction } from './transaction';
import { invalid, requireText } from './validate';

export async function savePlace(
  assessmentId: string,
  step: number,
  itemId?: string,
  now: Clock = systemClock,
): Promise<Place> {
  if (!Number.isInteger(step) || step < 0) throw invalid('step', 'must be a whole number ≥ 0');
  const item = itemId === undefined ? undefined : requireText(itemId, 'itemId', 1, 64);
  return writeTransaction([db.places, db.assessments], async () => {
    if (!(await db.assessments.get(assessmentId))) {
      throw new RepositoryError('notFound', `assessment ${assessmentId} does not exist`);
    }
    const place: Place = {
      assessmentId,
      step,
      ...(item === undefined ? {} : { itemId: item }),
      at: now(),
    };
    await db.places.put(place);
    return place;
  });
}

export async function getPlace(assessmentId: string): Promise<Place | undefined> {
  return db.places.get(assessmentId);
}
