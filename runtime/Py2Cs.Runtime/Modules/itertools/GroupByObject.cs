using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules.itertools
{
    /// <summary>
    /// itertools.groupby(iterable, key=None). The groups share the underlying iterator with the groupby
    /// object exactly as in CPython: advancing the groupby abandons the current group (it then yields
    /// nothing more), and a group stops at the first item whose key differs.
    /// </summary>
    public sealed class GroupByObject : IteratorObject
    {
        public static readonly PyType TypeObject = Declare("groupby", (type, args, kw) =>
        {
            var a = Parse("groupby", args, kw, 1, "iterable", "key");
            return new GroupByObject(type, Ops.Iter(a[0]), a[1] is PyNone ? null : a[1]);
        });

        internal readonly PyObject It;
        readonly PyObject _keyFunction;
        internal PyObject TargetKey, CurrentKey, CurrentValue;

        GroupByObject(PyType type, PyObject it, PyObject keyFunction) : base(type) { It = it; _keyFunction = keyFunction; }

        /// <summary>Reads the next item into CurrentValue/CurrentKey; false at the end.</summary>
        internal bool Advance()
        {
            var value = It.Next();
            if (value == null) return false;
            var key = _keyFunction == null ? value : Ops.Call(_keyFunction, value);
            CurrentValue = value;
            CurrentKey = key;
            return true;
        }

        public override PyObject Next()
        {
            while (true)
            {
                if (CurrentKey == null) { }
                else if (TargetKey == null) break;
                else if (!Ops.Eq(TargetKey, CurrentKey)) break;
                if (!Advance()) return null;
            }
            TargetKey = CurrentKey;
            return PyTuple.Create(CurrentKey, new Grouper(this, TargetKey));
        }
    }

    /// <summary>itertools._grouper: one group of a groupby.</summary>
    public sealed class Grouper : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("_grouper", () => PyType.ObjectType, t =>
        {
            t.Define("__module__", PyStr.FromString("itertools"));
            t.DefMethod("next", s => s.Next() ?? throw Ops.StopIteration());
            t.DefMethod("__iter__", s => s);
        });

        readonly GroupByObject _parent;
        readonly PyObject _key;
        internal Grouper(GroupByObject parent, PyObject key) { _parent = parent; _key = key; }

        public override PyType Type => TypeObject;
        public override string TypeName => "itertools._grouper";
        public override PyObject Iter() => this;

        public override PyObject Next()
        {
            if (_parent.CurrentValue == null && !_parent.Advance()) return null;
            if (!Ops.Eq(_key, _parent.CurrentKey)) return null;
            var r = _parent.CurrentValue;
            _parent.CurrentValue = null;
            _parent.CurrentKey = null;
            return r;
        }
    }

    /// <summary>itertools.tee(iterable, n=2): n iterators over one buffered source. A tee object passed
    /// to tee() is copied rather than wrapped, as CPython does.</summary>
    public sealed class TeeObject : IteratorObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("tee", () => PyType.ObjectType, t =>
        {
            t.Define("__module__", PyStr.FromString("itertools"));
            t.Constructor = (type, args, kw) =>
            {
                Unpack("tee", args, kw, 1, 1);
                return FromIterable(args[0]);
            };
            t.DefMethod("next", s => s.Next() ?? throw Ops.StopIteration());
            t.DefMethod("__iter__", s => s);
            t.DefMethod("__copy__", s => ((TeeObject)s).Copy());
        });

        /// <summary>The shared buffer: items read from the source so far, dropped once every reader passed them.</summary>
        sealed class SharedSource
        {
            public PyObject Source;
            public readonly List<PyObject> Items = new();
            public long Offset; // absolute index of Items[0]
            public readonly List<System.WeakReference<TeeObject>> Readers = new();

            public PyObject Get(long index)
            {
                while (index - Offset >= Items.Count)
                {
                    var x = Source.Next();
                    if (x == null) return null;
                    Items.Add(x);
                }
                return Items[(int)(index - Offset)];
            }

            public void Trim()
            {
                long min = long.MaxValue;
                Readers.RemoveAll(w => !w.TryGetTarget(out _));
                foreach (var w in Readers) if (w.TryGetTarget(out var r) && r._position < min) min = r._position;
                int drop = (int)System.Math.Min(min - Offset, Items.Count);
                if (drop > 64) { Items.RemoveRange(0, drop); Offset += drop; }
            }
        }

        readonly SharedSource _shared;
        long _position;

        TeeObject(SharedSource shared, long position) : base(TypeObject) { _shared = shared; _position = position; shared.Readers.Add(new System.WeakReference<TeeObject>(this)); }

        internal static TeeObject FromIterable(PyObject iterable)
        {
            var it = Ops.Iter(iterable);
            if (it is TeeObject t) return t.Copy();
            return new TeeObject(new SharedSource { Source = it }, 0);
        }

        internal TeeObject Copy() => new TeeObject(_shared, _position);

        public override PyObject Next()
        {
            var x = _shared.Get(_position);
            if (x == null) return null;
            _position++;
            _shared.Trim();
            return x;
        }

        public static PyObject Tee(PyObject iterable, long n)
        {
            if (n < 0) throw Ops.ValueError("n must be >= 0");
            var result = new PyObject[n];
            if (n == 0) return PyTuple.Create(result);
            var it = Ops.Iter(iterable);
            // an iterator with __copy__ (a tee) is used itself as the first result, as CPython does
            PyObject first = it is TeeObject || Ops.GetAttrOrNull(it, "__copy__") != null ? it : new TeeObject(new SharedSource { Source = it }, 0);
            result[0] = first;
            for (int i = 1; i < n; i++) result[i] = first is TeeObject t ? t.Copy() : Ops.CallMethod(first, "__copy__");
            return PyTuple.Create(result);
        }
    }
}
