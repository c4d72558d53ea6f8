using System.Collections;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace GraduateFair.Domain.Queues;

/// <summary>
/// A list of distinct items where appending, inserting at an index, removing an item, finding
/// an item's index and reading the item at an index all cost O(log n) (expected), and
/// enumerating k items from any index costs O(k + log n).
/// </summary>
/// <remarks>
/// An implicit treap (ordered by position, heap-ordered by priority) kept in arrays of structs
/// with parent links, plus a dictionary from item to node. Priorities come from a fixed-seed
/// generator, so the tree's shape is a function of the operations applied, and the order of the
/// items never depends on the priorities at all: only on the operations. Not thread-safe.
/// </remarks>
/// <typeparam name="T">The item type; items are distinct under the list's equality comparer.</typeparam>
[DebuggerDisplay("Count = {Count}")]
public sealed class OrderStatisticList<T> : IReadOnlyList<T>
    where T : notnull
{
    private const int Nil = 0; // slot 0 is a sentinel with Size 0, so Size(Nil) needs no branch
    private const int InitialCapacity = 16;
    private const uint Seed = 0x9E3779B9;

    private readonly Dictionary<T, int> _slots;
    private Node[] _nodes = new Node[InitialCapacity];
    private T[] _items = new T[InitialCapacity];
    private int _root = Nil;
    private int _nextUnusedSlot = 1;
    private int _freeSlots = Nil; // a linked list of freed slots, threaded through Node.Left
    private uint _random = Seed;
    private int _version;

    /// <summary>An empty list comparing items with <see cref="EqualityComparer{T}.Default"/>.</summary>
    public OrderStatisticList()
        : this(comparer: null)
    {
    }

    /// <summary>An empty list comparing items with <paramref name="comparer"/>.</summary>
    public OrderStatisticList(IEqualityComparer<T>? comparer)
    {
        _slots = new Dictionary<T, int>(comparer);
    }

    /// <summary>A list of <paramref name="items"/> in their order.</summary>
    /// <exception cref="ArgumentException">An item occurs twice.</exception>
    public OrderStatisticList(IEnumerable<T> items, IEqualityComparer<T>? comparer = null)
        : this(comparer)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
        {
            Append(item);
        }
    }

    /// <summary>The number of items.</summary>
    public int Count => _slots.Count;

    /// <summary>The item at <paramref name="index"/> (0-based); O(log n).</summary>
    public T this[int index] => ElementAt(index);

    /// <summary>Whether <paramref name="item"/> is in the list; O(1).</summary>
    public bool Contains(T item) => _slots.ContainsKey(item);

    /// <summary>The 0-based index of <paramref name="item"/>, or -1 when it is not in the list; O(log n).</summary>
    public int IndexOf(T item) => _slots.TryGetValue(item, out var slot) ? IndexOfSlot(slot) : -1;

    /// <summary>The item at <paramref name="index"/> (0-based); O(log n).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in [0, Count).</exception>
    public T ElementAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return _items[SlotAt(index)];
    }

    /// <summary>Adds <paramref name="item"/> at the end; O(log n).</summary>
    /// <exception cref="ArgumentException">The item is already in the list.</exception>
    public void Append(T item) => InsertAt(Count, item);

    /// <summary>
    /// Inserts <paramref name="item"/> so that it ends up at <paramref name="index"/>; the items
    /// from that index on move one place back. <paramref name="index"/> = Count appends. O(log n).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in [0, Count].</exception>
    /// <exception cref="ArgumentException">The item is already in the list.</exception>
    public void InsertAt(int index, T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, Count);
        ref var slotOfItem = ref CollectionsMarshal.GetValueRefOrAddDefault(_slots, item, out var exists);
        if (exists)
        {
            throw new ArgumentException("The item is already in the list.", nameof(item));
        }

        // Allocate first: growing the arrays must not happen while we hold positions in them.
        var node = Allocate(item);
        slotOfItem = node;
        _version++;

        // Walk down while the nodes on the path outrank the new one; they gain a descendant.
        var priority = _nodes[node].Priority;
        var parent = Nil;
        var current = _root;
        var asLeftChild = false;
        var offset = index;
        while (current != Nil && _nodes[current].Priority >= priority)
        {
            ref var n = ref _nodes[current];
            n.Size++;
            parent = current;
            if (offset <= n.LeftSize)
            {
                n.LeftSize++;
                current = n.Left;
                asLeftChild = true;
            }
            else
            {
                offset -= n.LeftSize + 1;
                current = n.Right;
                asLeftChild = false;
            }
        }

        // The new node takes current's place, with current's subtree split around it.
        Split(current, offset, out var left, out var right);
        SetLeft(node, left);
        SetRight(node, right);
        Recount(node);
        ReplaceChild(parent, current, node, asLeftChild);
    }

    /// <summary>Removes <paramref name="item"/>; false when it was not in the list. O(log n).</summary>
    public bool Remove(T item)
    {
        if (!_slots.Remove(item, out var slot))
        {
            return false;
        }

        RemoveSlot(slot);
        return true;
    }

    /// <summary>
    /// Removes <paramref name="item"/> and tells the index it had; false (and -1) when it was
    /// not in the list. O(log n).
    /// </summary>
    public bool Remove(T item, out int index)
    {
        if (!_slots.Remove(item, out var slot))
        {
            index = -1;
            return false;
        }

        index = IndexOfSlot(slot);
        RemoveSlot(slot);
        return true;
    }

    /// <summary>Removes and returns the item at <paramref name="index"/>; O(log n).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in [0, Count).</exception>
    public T RemoveAt(int index)
    {
        var item = ElementAt(index);
        Remove(item);
        return item;
    }

    /// <summary>Removes every item.</summary>
    public void Clear()
    {
        Array.Clear(_items, 0, _nextUnusedSlot);
        Array.Clear(_nodes, 0, _nextUnusedSlot);
        _slots.Clear();
        _root = Nil;
        _nextUnusedSlot = 1;
        _freeSlots = Nil;
        _version++;
    }

    /// <summary>
    /// The items from <paramref name="index"/> on, in order, lazily: the first k cost
    /// O(k + log n). Changing the list invalidates the enumeration.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in [0, Count].</exception>
    public IEnumerable<T> EnumerateFrom(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, Count);
        return Enumerate(index, _version);
    }

    /// <summary>The items in order. Changing the list invalidates the enumeration.</summary>
    public IEnumerator<T> GetEnumerator() => Enumerate(0, _version).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The number of levels of the tree (0 when empty); for tests of balance.</summary>
    internal int Height()
    {
        var height = 0;
        var pending = new Stack<(int Slot, int Depth)>();
        if (_root != Nil)
        {
            pending.Push((_root, 1));
        }

        while (pending.Count > 0)
        {
            var (slot, depth) = pending.Pop();
            height = Math.Max(height, depth);
            if (_nodes[slot].Left != Nil)
            {
                pending.Push((_nodes[slot].Left, depth + 1));
            }

            if (_nodes[slot].Right != Nil)
            {
                pending.Push((_nodes[slot].Right, depth + 1));
            }
        }

        return height;
    }

    /// <summary>Throws when a structural invariant is broken; for tests.</summary>
    internal void CheckInvariants()
    {
        var seen = 0;
        if (_root != Nil && _nodes[_root].Parent != Nil)
        {
            throw new InvalidOperationException("The root has a parent.");
        }

        var pending = new Stack<int>();
        if (_root != Nil)
        {
            pending.Push(_root);
        }

        while (pending.Count > 0)
        {
            var slot = pending.Pop();
            seen++;
            ref var n = ref _nodes[slot];
            if (n.LeftSize != _nodes[n.Left].Size || n.Size != n.LeftSize + _nodes[n.Right].Size + 1)
            {
                throw new InvalidOperationException($"Slot {slot} has a wrong size.");
            }

            if (!_slots.TryGetValue(_items[slot], out var indexed) || indexed != slot)
            {
                throw new InvalidOperationException($"Slot {slot} is not indexed.");
            }

            foreach (var child in (ReadOnlySpan<int>)[n.Left, n.Right])
            {
                if (child == Nil)
                {
                    continue;
                }

                if (_nodes[child].Parent != slot || _nodes[child].Priority > n.Priority)
                {
                    throw new InvalidOperationException($"Slot {child} has a wrong parent link or priority.");
                }

                pending.Push(child);
            }
        }

        if (seen != Count || _nodes[Nil].Size != 0)
        {
            throw new InvalidOperationException("The tree and the index disagree.");
        }
    }

    // `version` is taken when the enumeration is asked for, so a change before the first
    // MoveNext is noticed too (and `index` is only trusted while the version holds).
    private IEnumerable<T> Enumerate(int index, int version)
    {
        CheckVersion(version);
        for (var slot = index == Count ? Nil : SlotAt(index); slot != Nil; slot = Successor(slot))
        {
            yield return _items[slot];
            CheckVersion(version);
        }
    }

    private void CheckVersion(int version)
    {
        if (version != _version)
        {
            throw new InvalidOperationException("The list changed during enumeration.");
        }
    }

    private int SlotAt(int index)
    {
        var current = _root;
        while (true)
        {
            ref var n = ref _nodes[current];
            if (index < n.LeftSize)
            {
                current = n.Left;
            }
            else if (index == n.LeftSize)
            {
                return current;
            }
            else
            {
                index -= n.LeftSize + 1;
                current = n.Right;
            }
        }
    }

    // Walks up the parent links; each step reads one node (its LeftSize is kept in the node
    // so that the walk does not touch the siblings: fewer cache misses in a large list).
    private int IndexOfSlot(int slot)
    {
        var index = _nodes[slot].LeftSize;
        for (var child = slot; _nodes[child].Parent is var parent and not Nil; child = parent)
        {
            ref var p = ref _nodes[parent];
            if (p.Right == child)
            {
                index += p.LeftSize + 1;
            }
        }

        return index;
    }

    private int Successor(int slot)
    {
        if (_nodes[slot].Right is var right and not Nil)
        {
            slot = right;
            while (_nodes[slot].Left is var left and not Nil)
            {
                slot = left;
            }

            return slot;
        }

        while (_nodes[slot].Parent is var parent and not Nil)
        {
            if (_nodes[parent].Left == slot)
            {
                return parent;
            }

            slot = parent;
        }

        return Nil;
    }

    private void RemoveSlot(int slot)
    {
        _version++;
        var parent = _nodes[slot].Parent;
        var asLeftChild = parent != Nil && _nodes[parent].Left == slot;
        var replacement = Merge(_nodes[slot].Left, _nodes[slot].Right);
        ReplaceChild(parent, slot, replacement, asLeftChild);
        for (var (ancestor, fromLeft) = (parent, asLeftChild); ancestor != Nil;)
        {
            ref var a = ref _nodes[ancestor];
            a.Size--;
            if (fromLeft)
            {
                a.LeftSize--;
            }

            fromLeft = a.Parent != Nil && _nodes[a.Parent].Left == ancestor;
            ancestor = a.Parent;
        }

        _items[slot] = default!;
        _nodes[slot] = new Node { Left = _freeSlots };
        _freeSlots = slot;
    }

    // Splits the subtree at `root` into its first `count` items and the rest.
    private void Split(int root, int count, out int left, out int right)
    {
        if (root == Nil)
        {
            left = right = Nil;
            return;
        }

        var leftSize = _nodes[root].LeftSize;
        if (count <= leftSize)
        {
            Split(_nodes[root].Left, count, out left, out var middle);
            SetLeft(root, middle);
            right = root;
        }
        else
        {
            Split(_nodes[root].Right, count - leftSize - 1, out var middle, out right);
            SetRight(root, middle);
            left = root;
        }

        Recount(root);
    }

    // Joins two subtrees, every item of `left` before every item of `right`; returns the new root.
    private int Merge(int left, int right)
    {
        if (left == Nil)
        {
            return right;
        }

        if (right == Nil)
        {
            return left;
        }

        if (_nodes[left].Priority >= _nodes[right].Priority)
        {
            SetRight(left, Merge(_nodes[left].Right, right));
            Recount(left);
            return left;
        }

        SetLeft(right, Merge(left, _nodes[right].Left));
        Recount(right);
        return right;
    }

    private void ReplaceChild(int parent, int oldChild, int newChild, bool asLeftChild)
    {
        if (newChild != Nil)
        {
            _nodes[newChild].Parent = parent;
        }

        if (parent == Nil)
        {
            _root = newChild;
        }
        else if (asLeftChild)
        {
            Debug.Assert(_nodes[parent].Left == oldChild, "The old child is the parent's left child.");
            _nodes[parent].Left = newChild;
        }
        else
        {
            Debug.Assert(_nodes[parent].Right == oldChild, "The old child is the parent's right child.");
            _nodes[parent].Right = newChild;
        }
    }

    private void SetLeft(int parent, int child)
    {
        _nodes[parent].Left = child;
        if (child != Nil)
        {
            _nodes[child].Parent = parent;
        }
    }

    private void SetRight(int parent, int child)
    {
        _nodes[parent].Right = child;
        if (child != Nil)
        {
            _nodes[child].Parent = parent;
        }
    }

    private void Recount(int slot)
    {
        ref var n = ref _nodes[slot];
        n.LeftSize = _nodes[n.Left].Size;
        n.Size = n.LeftSize + _nodes[n.Right].Size + 1;
    }

    private int Allocate(T item)
    {
        int slot;
        if (_freeSlots != Nil)
        {
            slot = _freeSlots;
            _freeSlots = _nodes[slot].Left;
        }
        else
        {
            if (_nextUnusedSlot == _nodes.Length)
            {
                Array.Resize(ref _nodes, _nodes.Length * 2);
                Array.Resize(ref _items, _items.Length * 2);
            }

            slot = _nextUnusedSlot++;
        }

        _nodes[slot] = new Node { Size = 1, Priority = NextPriority() };
        _items[slot] = item;
        return slot;
    }

    // xorshift32 (Marsaglia): fixed seed, so the same operations build the same tree.
    private uint NextPriority()
    {
        var x = _random;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        _random = x;
        return x;
    }

    private struct Node
    {
        public int Left;
        public int Right;
        public int Parent;
        public int Size;
        public int LeftSize; // Size of Left, kept here so that walks read one node per level
        public uint Priority;
    }
}
