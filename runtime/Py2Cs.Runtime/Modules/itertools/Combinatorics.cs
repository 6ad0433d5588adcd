using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules.itertools
{
    /// <summary>
    /// product, permutations, combinations and combinations_with_replacement: the pools are read
    /// eagerly at construction; the index vectors advance as in CPython's C code, so the output
    /// order is lexicographic in the input positions.
    /// </summary>
    public sealed class CombinatoricObject : IteratorObject
    {
        enum Kind { Product, Permutations, Combinations, CombinationsWithReplacement }

        public static readonly PyType ProductType = Declare("product", (type, args, kw) =>
        {
            long repeat = 1;
            int n = args.Length;
            if (kw != null && kw.Length > 0)
            {
                for (int i = 0; i < kw.Length; i++)
                    if (kw[i].ToString() != "repeat") throw Ops.TypeError($"'{kw[i]}' is an invalid keyword argument for this function");
                repeat = Ops.IndexToLongArg(args[^1]);
                n -= kw.Length;
            }
            if (repeat < 0) throw Ops.ValueError("repeat argument cannot be negative");
            var basePools = new PyObject[n][];
            for (int i = 0; i < n; i++) basePools[i] = Ops.ToList(args[i]).ToArray();
            var pools = new PyObject[basePools.Length * repeat][];
            for (int r = 0; r < repeat; r++) Array.Copy(basePools, 0, pools, r * basePools.Length, basePools.Length);
            return new CombinatoricObject(type, Kind.Product, pools, null, pools.Length);
        });

        public static readonly PyType PermutationsType = Declare("permutations", (type, args, kw) =>
        {
            var a = Parse("permutations", args, kw, 1, "iterable", "r");
            var pool = Ops.ToList(a[0]).ToArray();
            long r = a[1] == null || a[1] is PyNone ? pool.Length : NonNegative(a[1], "r must be non-negative");
            return new CombinatoricObject(type, Kind.Permutations, null, pool, r);
        });

        public static readonly PyType CombinationsType = Declare("combinations", (type, args, kw) =>
        {
            var a = Parse("combinations", args, kw, 2, "iterable", "r");
            var pool = Ops.ToList(a[0]).ToArray();
            return new CombinatoricObject(type, Kind.Combinations, null, pool, NonNegative(a[1], "r must be non-negative"));
        });

        public static readonly PyType CombinationsWithReplacementType = Declare("combinations_with_replacement", (type, args, kw) =>
        {
            var a = Parse("combinations_with_replacement", args, kw, 2, "iterable", "r");
            var pool = Ops.ToList(a[0]).ToArray();
            return new CombinatoricObject(type, Kind.CombinationsWithReplacement, null, pool, NonNegative(a[1], "r must be non-negative"));
        });

        readonly Kind _kind;
        readonly PyObject[][] _pools; // product
        readonly PyObject[] _pool;    // the others
        readonly int _r;
        int[] _indices, _cycles;
        bool _first = true, _stopped;

        CombinatoricObject(PyType type, Kind kind, PyObject[][] pools, PyObject[] pool, long r) : base(type)
        {
            _kind = kind;
            _pools = pools;
            _pool = pool;
            _r = (int)Math.Min(r, int.MaxValue);
            int n = pool?.Length ?? 0;
            switch (kind)
            {
                case Kind.Product:
                    _indices = new int[pools.Length];
                    foreach (var p in pools) if (p.Length == 0) _stopped = true;
                    break;
                case Kind.Permutations:
                    if (_r > n) _stopped = true;
                    _indices = new int[n];
                    for (int i = 0; i < n; i++) _indices[i] = i;
                    _cycles = new int[Math.Min(_r, n)];
                    for (int i = 0; i < _cycles.Length; i++) _cycles[i] = n - i;
                    break;
                case Kind.Combinations:
                    if (_r > n) _stopped = true;
                    _indices = new int[Math.Min(_r, n)];
                    for (int i = 0; i < _indices.Length; i++) _indices[i] = i;
                    break;
                case Kind.CombinationsWithReplacement:
                    if (n == 0 && _r > 0) _stopped = true;
                    _indices = new int[_r];
                    break;
            }
        }

        PyObject Result()
        {
            if (_kind == Kind.Product)
            {
                var items = new PyObject[_pools.Length];
                for (int i = 0; i < items.Length; i++) items[i] = _pools[i][_indices[i]];
                return PyTuple.Create(items);
            }
            var r = new PyObject[_r];
            for (int i = 0; i < _r; i++) r[i] = _pool[_indices[i]];
            return PyTuple.Create(r);
        }

        public override PyObject Next()
        {
            if (_stopped) return null;
            if (_first) { _first = false; return Result(); }
            if (!Advance()) { _stopped = true; return null; }
            return Result();
        }

        bool Advance()
        {
            int n = _pool?.Length ?? 0;
            switch (_kind)
            {
                case Kind.Product:
                    for (int i = _pools.Length - 1; i >= 0; i--)
                    {
                        if (++_indices[i] < _pools[i].Length) return true;
                        _indices[i] = 0;
                    }
                    return false;
                case Kind.Permutations:
                    for (int i = _r - 1; i >= 0; i--)
                    {
                        _cycles[i]--;
                        if (_cycles[i] == 0)
                        {
                            int first = _indices[i];
                            Array.Copy(_indices, i + 1, _indices, i, n - i - 1);
                            _indices[n - 1] = first;
                            _cycles[i] = n - i;
                        }
                        else
                        {
                            int j = _cycles[i];
                            (_indices[i], _indices[n - j]) = (_indices[n - j], _indices[i]);
                            return true;
                        }
                    }
                    return false;
                case Kind.Combinations:
                {
                    int i = _r - 1;
                    while (i >= 0 && _indices[i] == i + n - _r) i--;
                    if (i < 0) return false;
                    _indices[i]++;
                    for (int j = i + 1; j < _r; j++) _indices[j] = _indices[j - 1] + 1;
                    return true;
                }
                default:
                {
                    int i = _r - 1;
                    while (i >= 0 && _indices[i] == n - 1) i--;
                    if (i < 0) return false;
                    int v = _indices[i] + 1;
                    for (int j = i; j < _r; j++) _indices[j] = v;
                    return true;
                }
            }
        }
    }
}
