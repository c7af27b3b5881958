import { CloseMeeting } from './CloseMeeting';
import { MinutesPreview } from './MinutesPreview';

/** 散会: end the meeting, check the minutes, export them. */
export function CloseScreen() {
  return (
    <div className="close-screen">
      <CloseMeeting />
      <MinutesPreview />
    </div>
  );
}
