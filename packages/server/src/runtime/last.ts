// A memory of one: the last input and what it gave. The hot path meets the same value call
// after call (a client's Authorization header, the second an answer is written in), so the one
// before is all worth keeping; anything more would need a bound.

/** `compute`, answering an input equal (`===`) to the last one with the last result. */
export const lastOf = <In, Out>(compute: (input: In) => Out): ((input: In) => Out) => {
  let lastIn: In | undefined;
  let lastOut: Out;
  let filled = false;
  return (input) => {
    if (filled && input === lastIn) return lastOut;
    lastOut = compute(input);
    lastIn = input;
    filled = true;
    return lastOut;
  };
};
