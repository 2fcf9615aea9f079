import { useState } from "react";
import { StartScreen } from "./components/StartScreen";

/** The task pane's top level. Later steps (Daten → Vorschlag → Prüfen → Bericht) hang off here. */
export function App() {
  const [, setStarted] = useState(false);
  return <StartScreen onStart={() => setStarted(true)} />;
}
