using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Py2Cs.SourceGenerator.Model
{
    /// <summary>An immutable array compared by its elements: the incremental pipeline caches a step
    /// when its output equals the previous one, and ImmutableArray compares by reference.</summary>
    internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IEnumerable<T>
        where T : IEquatable<T>
    {
        private readonly ImmutableArray<T> _items;

        public EquatableArray(ImmutableArray<T> items)
        {
            _items = items;
        }

        public static readonly EquatableArray<T> Empty = new EquatableArray<T>(ImmutableArray<T>.Empty);

        public ImmutableArray<T> Items => _items.IsDefault ? ImmutableArray<T>.Empty : _items;
        public int Count => Items.Length;
        public T this[int index] => Items[index];

        public bool Equals(EquatableArray<T> other)
        {
            var a = Items;
            var b = other.Items;
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++)
                if (!EqualityComparer<T>.Default.Equals(a[i], b[i])) return false;
            return true;
        }

        public override bool Equals(object obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            int hash = 17;
            foreach (var item in Items) hash = hash * 31 + (item == null ? 0 : item.GetHashCode());
            return hash;
        }

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    internal static class EquatableArray
    {
        public static EquatableArray<T> From<T>(IEnumerable<T> items) where T : IEquatable<T>
            => new EquatableArray<T>(ImmutableArray.CreateRange(items));
    }
}
