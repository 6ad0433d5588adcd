using System;

namespace Py2Cs.Runtime.Modules.functools
{
    /// <summary>
    /// functools.partial(func, *args, **keywords): calling it calls func(*(args + more), **dict(keywords,
    /// **morekw)). Subclassable; a Python subclass's __call__ override is honoured. 2.7 does not flatten
    /// nested partials and has no custom repr.
    /// </summary>
    public sealed class PartialObject : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("partial", () => PyType.ObjectType, t =>
        {
            t.Define("__module__", PyStr.FromString("functools"));
            t.Define("__doc__", PyStr.FromString("partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n"));
            t.Constructor = (type, args, kw) =>
            {
                int npos = args.Length - (kw?.Length ?? 0);
                if (npos < 1) throw Ops.TypeError("type 'partial' takes at least one argument");
                if (!Ops.IsCallable(args[0])) throw Ops.TypeError("the first argument must be callable");
                var keywords = new PyDict();
                for (int i = 0; i < (kw?.Length ?? 0); i++) keywords.SetItem(kw[i], args[npos + i]);
                return new PartialObject(type, args[0], PyTuple.Create(args.AsSpan(1, npos - 1).ToArray()), keywords);
            };
            t.Define("__call__", NativeMethod.CreateRaw(t, "__call__", (s, a, k) => ((PartialObject)s).CallCore(a, k)));
            t.DefProperty("func", s => ((PartialObject)s)._func, (s, v) => throw Ops.TypeError("readonly attribute"));
            t.DefProperty("args", s => ((PartialObject)s)._args, (s, v) => throw Ops.TypeError("readonly attribute"));
            t.DefProperty("keywords", s => ((PartialObject)s)._keywords, (s, v) => throw Ops.TypeError("readonly attribute"));
            t.DefProperty("__dict__", s => ((PartialObject)s)._dict, (s, v) =>
            {
                if (v is not PyDict d) throw Ops.TypeError("setting partial object's dictionary to a non-dict");
                ((PartialObject)s)._dict = d;
            });
            t.DefMethod("__reduce__", s => ((PartialObject)s).Reduce());
            t.DefMethod("__setstate__", (s, state) => { ((PartialObject)s).SetState(state); return PyNone.None; });
        });

        readonly PyType _type;
        PyObject _func;
        PyTuple _args;
        PyObject _keywords;
        PyDict _dict = new PyDict();

        PartialObject(PyType type, PyObject func, PyTuple args, PyDict keywords)
        {
            _type = type;
            _func = func;
            _args = args;
            _keywords = keywords;
        }

        public override PyType Type => _type;
        public override PyDict InstanceDict => _dict;
        public override string TypeName => _type.IsBuiltin ? "functools.partial" : _type.Name;
        public override bool IsCallable => true;

        public override PyObject Call(PyObject[] args, PyStr[] kwNames)
        {
            if (!_type.IsBuiltin && PythonOverride.Find(_type, "__call__") is { } m) return Ops.CallWithSelf(m, this, args, kwNames);
            return CallCore(args, kwNames);
        }

        PyObject CallCore(PyObject[] args, PyStr[] kwNames)
        {
            int nkw = kwNames?.Length ?? 0;
            int npos = args.Length - nkw;
            var stored = _keywords as PyDict;
            int nstored = stored?.Len() ?? 0;
            if (nstored == 0 && _args.Count == 0) return Ops.Call(_func, args, kwNames);
            // keyword values: the stored ones, overridden by the call's
            var merged = new PyDict();
            if (stored != null) merged.Update(stored);
            for (int i = 0; i < nkw; i++) merged.SetItem(kwNames[i], args[npos + i]);
            var all = new PyObject[_args.Count + npos + merged.Len()];
            _args.AsSpan().CopyTo(all);
            Array.Copy(args, 0, all, _args.Count, npos);
            var names = new PyStr[merged.Len()];
            int j = 0, pos = 0, at = _args.Count + npos;
            while (merged.Next(ref pos, out var key, out var value))
            {
                names[j++] = key as PyStr ?? throw Ops.TypeError("keywords must be strings");
                all[at++] = value;
            }
            return Ops.Call(_func, all, names);
        }

        PyObject Reduce() => PyTuple.Create(Type, PyTuple.Create(_func),
            PyTuple.Create(_func, _args, _keywords is PyDict d && d.Len() > 0 ? d : PyNone.None, _dict.Len() > 0 ? _dict : PyNone.None));

        void SetState(PyObject state)
        {
            if (state is not PyTuple t || t.Count != 4) throw Ops.TypeError("function takes exactly 4 arguments");
            var args = t[1] as PyTuple ?? throw Ops.TypeError("argument 2 must be tuple");
            _func = t[0];
            _args = args;
            _keywords = t[2] is PyNone ? new PyDict() : t[2];
            _dict = t[3] is PyDict d ? d : new PyDict();
        }
    }
}
