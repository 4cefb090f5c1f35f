import Resolver from '@forge/resolver';
import { kvs } from '@forge/kvs';
import api, { route } from '@forge/api';
import jwt from 'jsonwebtoken';
import CryptoJS from 'crypto-js';

const resolver = new Resolver();

export async function signState(payload) {
  return jwt.sign(payload, await kvs.getSecret('state-signing-key'));
}

export function verifyBody(body) {
  return CryptoJS.HmacSHA256(body, process.env.WEBHOOK_SECRET).toString();
}

async function weather(city) {
  const apiKey = await kvs.getSecret('weather-api-key');
  console.log('calling the weather API; key length', apiKey.length);
  const res = await fetch(`https://api.weather.example/v1/current?city=${encodeURIComponent(city)}`, {
    headers: { 'x-api-key': apiKey },
  });
  return res.json();
}

async function listItems() {
  const res = await fetch('https://api.example.com/v1/items', {
    headers: { Authorization: `Bearer ${process.env.ITEMS_API_TOKEN}` },
  });
  return res.json();
}

async function myself() {
  const res = await api.asUser().requestJira(route`/rest/api/3/myself`);
  return res.json();
}

resolver.define('getWeather', async ({ payload }) => weather(payload.city));

resolver.define('getConfig', async () => {
  console.info('OpenAI key configured:', Boolean(process.env.OPENAI_API_KEY));
  return { model: 'gpt-4o' };
});

resolver.define('saveToken', async ({ payload }) => {
  await kvs.setSecret('github-token', payload.token);
  await kvs.set('last-saved', Date.now());
  return { ok: true, items: await listItems(), me: await myself() };
});

export const handler = resolver.getDefinitions();
