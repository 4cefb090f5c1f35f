import React, { useEffect, useState } from 'react';
import { invoke } from '@forge/bridge';

// Payments go through the backend (a resolver), which holds the key; the bundle holds none.
export default function App() {
  const [weather, setWeather] = useState(null);
  useEffect(() => {
    invoke('getWeather', { city: 'Sydney' }).then(setWeather);
  }, []);
  return <div>{weather ? weather.summary : 'Loading…'}</div>;
}
