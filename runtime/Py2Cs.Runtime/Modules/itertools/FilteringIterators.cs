namespace Py2Cs.Runtime.Modules.itertools
{
    /// <summary>itertools.compress(data, selectors).</summary>
    public sealed class CompressObject : IteratorObject
    {
        public static readonly PyType TypeObject = Declare("compress", (type, args, kw) =>
        {
            var a = Parse("compress", args, kw, 2, "data", "selectors");
            return new CompressObject(type, Ops.Iter(a[0]), Ops.Iter(a[1]));
        });

        readonly PyObject _data, _selectors;
        CompressObject(PyType type, PyObject data, PyObject selectors) : base(type) { _data = data; _selectors = selectors; }

        public override PyObject Next()
        {
            while (true)
            {
                var d = _data.Next();
                if (d == null) return null;
                var s = _selectors.Next();
                if (s == null) return null;
                if (Ops.IsTrue(s)) return d;
            }
        }
    }

    /// <summary>itertools.dropwhile(predicate, iterable) and takewhile(predicate, iterable).</summary>
    public sealed class WhileObject : IteratorObject
    {
        public static readonly PyType DropType = Declare("dropwhile", (type, args, kw) =>
        {
            Unpack("dropwhile", args, kw, 2, 2);
            return new WhileObject(type, args[0], Ops.Iter(args[1]), drop: true);
        });

        public static readonly PyType TakeType = Declare("takewhile", (type, args, kw) =>
        {
            Unpack("takewhile", args, kw, 2, 2);
            return new WhileObject(type, args[0], Ops.Iter(args[1]), drop: false);
        });

        readonly PyObject _predicate, _it;
        readonly bool _drop;
        bool _done;
        WhileObject(PyType type, PyObject predicate, PyObject it, bool drop) : base(type) { _predicate = predicate; _it = it; _drop = drop; }

        public override PyObject Next()
        {
            if (_drop)
            {
                while (true)
                {
                    var x = _it.Next();
                    if (x == null) return null;
                    if (_done) return x;
                    if (!Ops.IsTrue(Ops.Call(_predicate, x))) { _done = true; return x; }
                }
            }
            if (_done) return null;
            var y = _it.Next();
            if (y == null) return null;
            if (Ops.IsTrue(Ops.Call(_predicate, y))) return y;
            _done = true;
            return null;
        }
    }

    /// <summary>itertools.ifilter / ifilterfalse: a None predicate tests the item's truth.</summary>
    public sealed class FilterObject : IteratorObject
    {
        public static readonly PyType FilterType = Declare("ifilter", (type, args, kw) =>
        {
            Unpack("ifilter", args, kw, 2, 2);
            return new FilterObject(type, args[0], Ops.Iter(args[1]), keep: true);
        });

        public static readonly PyType FilterFalseType = Declare("ifilterfalse", (type, args, kw) =>
        {
            Unpack("ifilterfalse", args, kw, 2, 2);
            return new FilterObject(type, args[0], Ops.Iter(args[1]), keep: false);
        });

        readonly PyObject _predicate, _it;
        readonly bool _keep;
        FilterObject(PyType type, PyObject predicate, PyObject it, bool keep) : base(type) { _predicate = predicate; _it = it; _keep = keep; }

        public override PyObject Next()
        {
            while (true)
            {
                var x = _it.Next();
                if (x == null) return null;
                bool ok = _predicate is PyNone || ReferenceEquals(_predicate, PyBool.TypeObject) ? Ops.IsTrue(x) : Ops.IsTrue(Ops.Call(_predicate, x));
                if (ok == _keep) return x;
            }
        }
    }

    /// <summary>itertools.islice(iterable, [start,] stop [, step]): consumes no further than it must.</summary>
    public sealed class ISliceObject : IteratorObject
    {
        public static readonly PyType TypeObject = Declare("islice", (type, args, kw) =>
        {
            Unpack("islice", args, kw, 2, 4);
            var it = Ops.Iter(args[0]);
            long start = 0, stop = -1, step = 1;
            if (args.Length == 2)
            {
                if (args[1] is not PyNone) stop = Index(args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= maxint.");
            }
            else
            {
                if (args[1] is not PyNone) start = Index(args[1], "Indices for islice() must be None or an integer: 0 <= x <= maxint.");
                if (args[2] is not PyNone) stop = Index(args[2], "Stop argument for islice() must be None or an integer: 0 <= x <= maxint.");
                if (args.Length == 4 && args[3] is not PyNone)
                {
                    step = args[3] is PyInt or PyLong ? Ops.IndexToLongArg(args[3]) : -1;
                    if (step < 1) throw Ops.ValueError("Step for islice() must be a positive integer or None.");
                }
            }
            return new ISliceObject(type, it, start, stop, step);
        });

        static long Index(PyObject o, string message)
        {
            long v = o is PyInt or PyLong ? Ops.IndexToLongArg(o) : -1;
            if (v < 0) throw Ops.ValueError(message);
            return v;
        }

        readonly PyObject _it;
        long _next, _count;
        readonly long _stop, _step;
        ISliceObject(PyType type, PyObject it, long start, long stop, long step) : base(type) { _it = it; _next = start; _stop = stop; _step = step; }

        public override PyObject Next()
        {
            while (_count < _next)
            {
                if (_it.Next() == null) return null;
                _count++;
            }
            if (_stop != -1 && _count >= _stop) return null;
            var x = _it.Next();
            if (x == null) return null;
            _count++;
            long old = _next;
            _next += _step;
            if (_next < old || (_stop != -1 && _next > _stop)) _next = _stop;
            return x;
        }
    }
}
