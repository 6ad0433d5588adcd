using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules.itertools
{
    /// <summary>itertools.count(start=0, step=1): start, start+step, ... (any numbers; int steps stay exact).</summary>
    public sealed class CountObject : IteratorObject
    {
        public static readonly PyType TypeObject = Declare("count", (type, args, kw) =>
        {
            var a = Parse("count", args, kw, 0, "start", "step");
            PyObject start = a[0] ?? PyInt.Zero, step = a[1] ?? PyInt.One;
            if (!@operator.TypeSlots.IsNumber(start) || !@operator.TypeSlots.IsNumber(step))
                throw Ops.TypeError("a number is required");
            return new CountObject(type, start, step);
        }, t => t.DefMethod("__reduce__", s => ((CountObject)s).Reduce()));

        PyObject _current;
        readonly PyObject _step;
        CountObject(PyType type, PyObject start, PyObject step) : base(type) { _current = start; _step = step; }

        public override PyObject Next()
        {
            var r = _current;
            _current = Ops.Add(_current, _step);
            return r;
        }

        static string Text(PyObject o) => o is PyLong l && PyInt.FromBig(l.Value) is PyInt i ? i.Value.ToString() : Ops.Repr(o).ToString();

        bool StepIsOne => _step is PyInt i && i.Value == 1;

        public override PyStr Repr() => PyStr.FromString(StepIsOne ? $"{TypeName[10..]}({Text(_current)})" : $"{TypeName[10..]}({Text(_current)}, {Text(_step)})");

        PyObject Reduce() => StepIsOne ? PyTuple.Create(Type, PyTuple.Create(_current)) : PyTuple.Create(Type, PyTuple.Create(_current, _step));
    }

    /// <summary>itertools.cycle(iterable): the items, then the saved items forever.</summary>
    public sealed class CycleObject : IteratorObject
    {
        public static readonly PyType TypeObject = Declare("cycle", (type, args, kw) =>
        {
            Unpack("cycle", args, kw, 1, 1);
            return new CycleObject(type, Ops.Iter(args[0]));
        });

        PyObject _it;
        readonly List<PyObject> _saved = new();
        int _index;
        CycleObject(PyType type, PyObject it) : base(type) { _it = it; }

        public override PyObject Next()
        {
            if (_it != null)
            {
                var x = _it.Next();
                if (x != null) { _saved.Add(x); return x; }
                _it = null;
            }
            if (_saved.Count == 0) return null;
            var r = _saved[_index];
            _index = (_index + 1) % _saved.Count;
            return r;
        }
    }

    /// <summary>itertools.repeat(object[, times]).</summary>
    public sealed class RepeatObject : IteratorObject
    {
        public static readonly PyType TypeObject = Declare("repeat", (type, args, kw) =>
        {
            var a = Parse("repeat", args, kw, 1, "object", "times");
            long times = -1;
            if (a[1] != null) { times = Ops.IndexToLongArg(a[1]); if (times < 0) times = 0; }
            return new RepeatObject(type, a[0], times);
        }, t => t.DefMethod("__length_hint__", s => ((RepeatObject)s).LengthHint()));

        readonly PyObject _object;
        long _remaining; // -1: forever
        RepeatObject(PyType type, PyObject o, long times) : base(type) { _object = o; _remaining = times; }

        public override PyObject Next()
        {
            if (_remaining == 0) return null;
            if (_remaining > 0) _remaining--;
            return _object;
        }

        PyObject LengthHint() => _remaining < 0 ? throw Ops.TypeError("len() of unsized object") : PyInt.From(_remaining);

        public override PyStr Repr() => PyStr.FromString(_remaining < 0
            ? $"repeat({Ops.Repr(_object)})"
            : $"repeat({Ops.Repr(_object)}, {_remaining})");
    }
}
