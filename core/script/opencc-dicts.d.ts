// opencc-js ships its dictionaries as modules exporting one string ("a b|c d|…") without type declarations.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
