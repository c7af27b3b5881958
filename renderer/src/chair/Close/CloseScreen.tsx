import { SpeechSummaries } from '../SpeechSummaries';
import { CloseMeeting } from './CloseMeeting';
import { MinutesPreview } from './MinutesPreview';

/** 散会: end the meeting, finish the speech summaries, check the minutes, export them. */
export function CloseScreen() {
  return (
    <div className="close-screen">
      <div className="close-side">
        <CloseMeeting />
        <SpeechSummaries scope="all" />
      </div>
      <MinutesPreview />
    </div>
  );
}
