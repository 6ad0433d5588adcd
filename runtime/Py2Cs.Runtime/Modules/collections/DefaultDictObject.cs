using System;

namespace Py2Cs.Runtime.Modules.collections
{
    /// <summary>
    /// collections.defaultdict: a dict whose __missing__ stores and returns default_factory(). Python
    /// subclasses' overrides of the special methods are honoured as for dict subclasses.
    /// </summary>
    public sealed class DefaultDictObject : PyDict
    {
        public static readonly PyType TypeObject = PyType.Builtin("defaultdict", () => PyDict.TypeObject, Populate);

        readonly PyType _type;
        readonly PyDict _dict;
        public PyObject DefaultFactory = PyNone.None;

        public DefaultDictObject(PyType type)
        {
            _type = type;
            if (!type.IsBuiltin && type.HasInstanceDict) _dict = new PyDict();
        }

        public override PyType Type => _type;
        public override PyDict InstanceDict => _dict;
        public override string TypeName => _type.IsBuiltin ? "collections.defaultdict" : _type.Name;

        public PyObject MissingCore(PyObject key)
        {
            if (DefaultFactory is PyNone) throw Ops.KeyError(key);
            var value = Ops.Call(DefaultFactory);
            SetItem(key, value);
            return value;
        }

        PyObject Override(string name) => _type.IsBuiltin ? null : PythonOverride.Find(_type, name);

        protected override PyObject Missing(PyObject key) => Override("__missing__") is { } m ? Ops.CallWithSelf(m, this, key) : MissingCore(key);

        public PyStr ReprCore()
        {
            string factory;
            if (DefaultFactory is PyNone) factory = "None";
            else
            {
                using var guard = ReprGuard.Enter(DefaultFactory, out bool recursive);
                factory = recursive ? "..." : Ops.Repr(DefaultFactory).ToString();
            }
            return PyStr.FromString($"defaultdict({factory}, {base.Repr()})");
        }

        public override PyObject GetAttributeOrNull(PyStr name)
        {
            var r = base.GetAttributeOrNull(name);
            if (r != null) return r;
            var ga = Override("__getattr__");
            return ga != null ? Ops.CallWithSelf(ga, this, name) : null;
        }

        public override PyStr Repr() => Override("__repr__") is { } m ? Ops.CheckStrResult(Ops.CallWithSelf(m, this), "__repr__") : ReprCore();
        public override PyStr Str() => Override("__str__") is { } m ? Ops.CheckStrResult(Ops.CallWithSelf(m, this), "__str__") : Repr();
        public override int Len() => Override("__len__") is { } m ? (int)Ops.IndexToLong(Ops.CallWithSelf(m, this)) : base.Len();
        public override bool IsTrue() => Override("__nonzero__") is { } m ? Ops.IsTrue(Ops.CallWithSelf(m, this)) : Override("__len__") != null ? Len() != 0 : base.IsTrue();
        public override PyObject GetItem(PyObject key) => Override("__getitem__") is { } m ? Ops.CallWithSelf(m, this, key) : base.GetItem(key);
        public override void SetItem(PyObject key, PyObject value) { if (Override("__setitem__") is { } m) Ops.CallWithSelf(m, this, key, value); else base.SetItem(key, value); }
        public override void DeleteItem(PyObject key) { if (Override("__delitem__") is { } m) Ops.CallWithSelf(m, this, key); else base.DeleteItem(key); }
        public override bool Contains(PyObject item) => Override("__contains__") is { } m ? Ops.IsTrue(Ops.CallWithSelf(m, this, item)) : base.Contains(item);
        public override PyObject Iter() => Override("__iter__") is { } m ? Ops.CallWithSelf(m, this) : base.Iter();
        public override PyObject RichCompare(PyObject other, CompareOperator op) =>
            Override(OperatorNames.Method(op).ToString()) is { } m ? PythonOverride.NotImplementedToNull(Ops.CallWithSelf(m, this, other)) : base.RichCompare(other, op);

        static DefaultDictObject D(PyObject s) => (DefaultDictObject)s;

        static readonly NativeMethod DictInit = (NativeMethod)PyDict.TypeObject.Dict.GetStr("__init__");

        static void Populate(PyType t)
        {
            t.Define("__module__", PyStr.FromString("collections"));
            t.Define("__doc__", PyStr.FromString("defaultdict(default_factory[, ...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n"));
            t.Constructor = (type, args, kw) => new DefaultDictObject(type);
            t.Define("__init__", NativeMethod.CreateRaw(t, "__init__", (s, args, kw) =>
            {
                int npos = args.Length - (kw?.Length ?? 0);
                PyObject factory = PyNone.None;
                if (npos > 0)
                {
                    factory = args[0];
                    if (factory is not PyNone && !Ops.IsCallable(factory)) throw Ops.TypeError("first argument must be callable or None");
                    args = args[1..];
                }
                D(s).DefaultFactory = factory;
                return DictInit.CallWithSelf(s, args, kw);
            }));
            t.DefMethod("__missing__", (s, k) => D(s).MissingCore(k));
            t.DefMethod("__repr__", s => D(s).ReprCore());
            t.DefMethod("copy", s => Copy(D(s)));
            t.DefMethod("__copy__", s => Copy(D(s)));
            t.DefMethod("__reduce__", s =>
            {
                var d = D(s);
                var args = d.DefaultFactory is PyNone ? PyTuple.Empty : PyTuple.Create(d.DefaultFactory);
                return PyTuple.Create(Ops.TypeOf(s), args, PyNone.None, PyNone.None, Ops.CallMethod(s, "iteritems"));
            });
            t.DefProperty("default_factory", s => D(s).DefaultFactory, (s, v) => D(s).DefaultFactory = v);
        }

        static PyObject Copy(DefaultDictObject d) => Ops.Call(Ops.TypeOf(d), d.DefaultFactory, d);
    }
}
