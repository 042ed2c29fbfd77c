// The SVG art the scenes load, with the size each is rasterised at (px); URLs come from Vite so they are hashed and relative.
import hillsUrl from '../../assets/images/hills.svg';
import towersUrl from '../../assets/images/towers.svg';
import cloudUrl from '../../assets/images/cloud.svg';
import nodeUrl from '../../assets/images/node.svg';

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
