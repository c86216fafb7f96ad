import { describe, expect, it } from 'vitest';
import { significantWords } from '../../../core/src/listing/textMatch.js';

const shared = (a: string, b: string) => {
  const theirs = significantWords(b);
  return [...significantWords(a)].filter((word) => theirs.has(word));
};

describe('similar ideas in every language', () => {
  it.each([
    ['en', 'A better way for the laptops', 'A way to be faster with the printers', ['way']],
    ['de', 'Schnelleres WLAN für das Büro', 'Neue Drucker für das Büro', ['buro']],
    ['de', 'Ein Tool für die Teams', 'Eine Lösung für die Reisen', []],
    ['fr', 'Des écrans plus grands pour les développeurs', 'Un café pour les équipes', []],
    ['fr', 'Renouveler les écrans des salles', 'Des écrans tactiles dans les salles', ['ecrans', 'salles']],
    ['es', 'Una VPN más rápida para los equipos', 'Portátiles nuevos para los equipos', ['equipos']],
    ['es', 'Una idea para la oficina con los clientes', 'Un portal de los proveedores', []],
    ['ja', 'ノートパソコンの電池を交換したい', 'ノートパソコンが遅いです', ['ノート', 'ハソコン']],
    ['ja', '会議室のモニターを増やしたい', '会議室の予約を簡単にしたい', ['会議']],
    ['ar', 'تحسين شبكة الواي فاي في المكتب', 'طابعة جديدة في المكتب', ['مكتب']],
    ['ar', 'نريد حلا من أجل هذا', 'نريد تطبيقا من أجل هذا', []],
  ])('%s: “%s” and “%s” share %j', (_, a, b, words) => {
    expect(shared(a, b).sort()).toEqual([...words].sort());
  });

  it('keeps stop words of one language from making two ideas alike', () => {
    expect(significantWords('und der die das für mit')).toEqual(new Set());
    expect(significantWords('pour les avec dans')).toEqual(new Set());
    expect(significantWords('para los con una')).toEqual(new Set());
    expect(significantWords('في من على هذا')).toEqual(new Set());
  });
});
