// Sub-assemblies nest to any depth, so a mistyped lot can make a batch contain itself through others
// (A uses B, B uses A). A trace must finish anyway and say which rows close the loop. Loops are the
// strongly connected components of the lots a trace walked; Tarjan's algorithm finds them in one pass,
// written with an explicit stack because a long chain of sub-assemblies must not overflow the call stack.

export interface Edge {
  from: string;
  to: string;
}

/** Groups of two or more codes that reach each other. Self-loops are reported where they are met. */
export function findLoops(edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (from === to) continue;
    const list = next.get(from);
    if (list) list.push(to);
    else next.set(from, [to]);
  }
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const loops: string[][] = [];
  let counter = 0;

  for (const root of next.keys()) {
    if (order.has(root)) continue;
    const work: { node: string; child: number }[] = [{ node: root, child: 0 }];
    order.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; child: number };
      const children = next.get(frame.node) ?? [];
      if (frame.child < children.length) {
        const child = children[frame.child++] as string;
        if (!order.has(child)) {
          order.set(child, counter);
          low.set(child, counter++);
          stack.push(child);
          onStack.add(child);
          work.push({ node: child, child: 0 });
        } else if (onStack.has(child)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, order.get(child) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) === order.get(frame.node)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        if (component.length > 1) loops.push(component.reverse());
      }
    }
  }
  return loops;
}
