namespace Py2Cs.Runtime;

/// <summary>Python 2 <c>xrange</c>: a lazy arithmetic sequence of C longs.</summary>
public sealed class PyXRange : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("xrange", () => PyType.ObjectType, t =>
    {
        t.Constructor = (type, args, kw) =>
        {
            ArgumentParser.NoKeywords("xrange", kw);
            long start = 0, stop, step = 1;
            switch (args.Length)
            {
                case 1: stop = Arg(args[0]); break;
                case 2: start = Arg(args[0]); stop = Arg(args[1]); break;
                case 3: start = Arg(args[0]); stop = Arg(args[1]); step = Arg(args[2]); break;
                default: throw Ops.TypeError(args.Length == 0 ? "xrange expected at least 1 arguments, got 0" : $"xrange expected at most 3 arguments, got {args.Length}");
            }
            if (step == 0) throw Ops.ValueError("xrange() arg 3 must not be zero");
            return new PyXRange(start, stop, step);
        };
        t.DefMethod("__reversed__", r => ((PyXRange)r).Reversed());
        t.DefMethod("__len__", r => PyInt.From(r.Len()));
    });

    static long Arg(PyObject o)
    {
        if (o is PyFloat) throw Ops.TypeError("integer argument expected, got float");
        var i = o.ToInt() ?? o.Index() ?? throw Ops.TypeError($"an integer is required");
        if (i is PyLong) throw Ops.OverflowError("Python int too large to convert to C long");
        return ((PyInt)i).Value;
    }

    public readonly long Start, Step;
    public readonly long Count;

    public PyXRange(long start, long stop, long step)
    {
        Start = start;
        Step = step;
        long n = 0;
        if (step > 0 && start < stop) n = (long)(((System.Numerics.BigInteger)stop - start - 1) / step + 1);
        else if (step < 0 && start > stop) n = (long)(((System.Numerics.BigInteger)start - stop - 1) / -step + 1);
        Count = n;
    }

    public override PyType Type => TypeObject;
    public override int Len() => Count > int.MaxValue ? throw Ops.OverflowError("Python int too large to convert to C long") : (int)Count;
    public override bool IsTrue() => Count != 0;

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice) throw Ops.TypeError("sequence index must be integer, not 'slice'");
        long i = Ops.IndexToLong(key.Index() ?? throw Ops.TypeError($"sequence index must be integer, not '{key.TypeName}'"));
        if (i < 0) i += Count;
        if (i < 0 || i >= Count) throw Ops.IndexError("xrange object index out of range");
        return PyInt.From(Start + i * Step);
    }

    public override bool Contains(PyObject item)
    {
        if (item is PyInt v && item.GetType() == typeof(PyInt) || item is PyBool)
        {
            long x = ((PyInt)item).Value;
            if (Count == 0) return false;
            long last = Start + (Count - 1) * Step;
            if (Step > 0 ? (x < Start || x > last) : (x > Start || x < last)) return false;
            return (x - Start) % Step == 0;
        }
        return base.Contains(item);
    }

    public override PyObject Iter() => new Iterator(Start, Step, Count);

    PyObject Reversed() => new Iterator(Start + (Count - 1) * Step, -Step, Count);

    public override PyStr Repr()
    {
        if (Count == 0) return PyStr.FromString("xrange(0)");
        long stop = Start + Count * Step;
        if (Start == 0 && Step == 1) return PyStr.FromString($"xrange({stop})");
        if (Step == 1) return PyStr.FromString($"xrange({Start}, {stop})");
        return PyStr.FromString($"xrange({Start}, {stop}, {Step})");
    }

    /// <summary>The rangeiterator.</summary>
    public sealed class Iterator : PyObject
    {
        public static readonly PyType IteratorType = PyType.Builtin("rangeiterator", () => PyType.ObjectType, IteratorTypes.Populate);
        long _next;
        readonly long _step;
        long _remaining;

        public Iterator(long start, long step, long count) { _next = start; _step = step; _remaining = count; }
        public override PyType Type => IteratorType;
        public override PyObject Iter() => this;

        public override PyObject Next()
        {
            if (_remaining <= 0) return null;
            _remaining--;
            long v = _next;
            _next = unchecked(_next + _step);
            return PyInt.From(v);
        }
    }
}
