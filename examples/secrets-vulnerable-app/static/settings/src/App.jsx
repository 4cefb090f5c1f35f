import React, { useEffect, useState } from 'react';
import { invoke } from '@forge/bridge';

// Bundlers inline process.env at build time: this key ends up in the published bundle.
const stripeKey = process.env.REACT_APP_STRIPE_SECRET_KEY;

export default function App() {
  const [weather, setWeather] = useState(null);
  useEffect(() => {
    invoke('getWeather', { city: 'Sydney' }).then(setWeather);
  }, []);
  return <div data-stripe={stripeKey.length}>{weather ? weather.summary : 'Loading…'}</div>;
}
