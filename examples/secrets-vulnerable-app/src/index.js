import Resolver from '@forge/resolver';
import { kvs } from '@forge/kvs';
import { storage } from '@forge/api';
import jwt from 'jsonwebtoken';
import CryptoJS from 'crypto-js';

const resolver = new Resolver();
const SHARED_SECRET = 'b7Qz9kLm2Xw4Rt8Vn6Yp3Hs5Jd1Fg0Ae';

export function signState(payload) {
  return jwt.sign(payload, 'weather-panel-signing-key');
}

export function verifyBody(body) {
  return CryptoJS.HmacSHA256(body, SHARED_SECRET).toString();
}

async function weather(city) {
  const apiKey = await kvs.getSecret('weather-api-key');
  console.log('calling the weather API with', apiKey);
  const res = await fetch(`https://api.weather.example/v1/current?city=${encodeURIComponent(city)}&appid=${apiKey}`);
  return res.json();
}

async function listItems() {
  const res = await fetch('https://api.example.com/v1/items', {
    headers: { Authorization: 'Bearer 4fQ8rT2mX9vL1kZ7pW3nB6yH0cJ5sD8a' },
  });
  return res.json();
}

async function myself(site, email) {
  const token = process.env.JIRA_API_TOKEN;
  const res = await fetch(`https://${site}.atlassian.net/rest/api/3/myself`, {
    headers: { Authorization: `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}` },
  });
  return res.json();
}

resolver.define('getWeather', async ({ payload }) => weather(payload.city));

resolver.define('getConfig', async () => {
  console.info('OpenAI key is', process.env.OPENAI_API_KEY);
  return { model: 'gpt-4o', apiKey: process.env.OPENAI_API_KEY };
});

resolver.define('saveToken', async ({ payload }) => {
  await kvs.set('github-token', payload.token);
  await storage.set('last-saved', Date.now());
  return { ok: true, items: await listItems(), me: await myself(payload.site, payload.email) };
});

export const handler = resolver.getDefinitions();
