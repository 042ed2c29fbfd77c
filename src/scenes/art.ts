// The SVG art the scenes load, with the size each is rasterised at (px): title art by hashed relative URL, city art inline.
import hillsUrl from '../../assets/images/hills.svg';
import towersUrl from '../../assets/images/towers.svg';
import cloudUrl from '../../assets/images/cloud.svg';
import nodeUrl from '../../assets/images/node.svg';
import fabSvg from '../../assets/images/city-fab.svg?raw';
import cleanroomSvg from '../../assets/images/city-cleanroom.svg?raw';
import steamSvg from '../../assets/images/city-steam.svg?raw';
import incubatorSvg from '../../assets/images/city-incubator.svg?raw';
import startupSvg from '../../assets/images/city-startup.svg?raw';
import craneSvg from '../../assets/images/city-crane.svg?raw';
import librarySvg from '../../assets/images/city-library.svg?raw';
import hallSvg from '../../assets/images/city-hall.svg?raw';
import lanternSvg from '../../assets/images/city-lantern.svg?raw';
import hubSvg from '../../assets/images/city-hub.svg?raw';
import serverSvg from '../../assets/images/city-server.svg?raw';
import elephantSvg from '../../assets/images/city-elephant.svg?raw';

/** Emitted on game.events by Preload once every texture below is loaded (the stage waits for it). */
export const ART_READY_EVENT = 'art-ready';

export interface ArtAsset {
  readonly key: string;
  readonly url: string;
  readonly width: number;
  readonly height: number;
}

export const TITLE_ART: readonly ArtAsset[] = [
  { key: 'hills', url: hillsUrl, width: 1600, height: 300 },
  { key: 'towers', url: towersUrl, width: 1600, height: 360 },
  { key: 'cloud', url: cloudUrl, width: 240, height: 90 },
  { key: 'node', url: nodeUrl, width: 32, height: 32 },
];

/**
 * The city art is small (about 11 kB in all), so it travels inside the engine chunk as base64 data
 * URIs: Phaser's loader decodes them without a request, so twelve fewer fetches on school Wi-Fi.
 * (Vite's own `?inline` gives URL-encoded SVG, which the loader cannot decode.)
 */
function inlineSvg(svg: string): string {
  return `data:image/svg+xml;base64,${btoa(svg)}`;
}

/** The city scene's art, at its size in world units (1 px each); the scene scales the whole city to fit. */
export const CITY_ART: readonly ArtAsset[] = [
  { key: 'city-fab', url: inlineSvg(fabSvg), width: 200, height: 150 },
  { key: 'city-cleanroom', url: inlineSvg(cleanroomSvg), width: 70, height: 100 },
  { key: 'city-steam', url: inlineSvg(steamSvg), width: 60, height: 40 },
  { key: 'city-incubator', url: inlineSvg(incubatorSvg), width: 160, height: 140 },
  { key: 'city-startup', url: inlineSvg(startupSvg), width: 60, height: 72 },
  { key: 'city-crane', url: inlineSvg(craneSvg), width: 100, height: 170 },
  { key: 'city-library', url: inlineSvg(librarySvg), width: 190, height: 150 },
  { key: 'city-hall', url: inlineSvg(hallSvg), width: 70, height: 110 },
  { key: 'city-lantern', url: inlineSvg(lanternSvg), width: 28, height: 40 },
  { key: 'city-hub', url: inlineSvg(hubSvg), width: 110, height: 250 },
  { key: 'city-server', url: inlineSvg(serverSvg), width: 64, height: 84 },
  { key: 'city-elephant', url: inlineSvg(elephantSvg), width: 260, height: 240 },
];
