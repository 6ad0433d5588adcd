namespace Py2Cs.Runtime;

/// <summary><c>enumerate(iterable, start=0)</c>.</summary>
public sealed class PyEnumerate : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("enumerate", () => PyType.ObjectType, t =>
    {
        t.Constructor = (type, args, kw) =>
        {
            var a = ArgumentParser.Parse("enumerate", args, kw, 1, 2, "sequence", "start");
            PyObject start = a[1] ?? PyInt.Zero;
            if (start.Index() == null) throw Ops.TypeError("an integer is required");
            return new PyEnumerate(Ops.Iter(a[0]), start.Index());
        };
        IteratorTypes.Populate(t);
    });

    readonly PyObject _iterator;
    PyObject _index;

    public PyEnumerate(PyObject iterator, PyObject start) { _iterator = iterator; _index = start; }
    public override PyType Type => TypeObject;
    public override PyObject Iter() => this;

    public override PyObject Next()
    {
        var item = _iterator.Next();
        if (item == null) return null;
        var i = _index;
        _index = Ops.Add(_index, PyInt.One);
        return PyTuple.Create(i, item);
    }
}

/// <summary><c>reversed(seq)</c> over a sequence with len and indexing.</summary>
public sealed class PyReversed : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("reversed", () => PyType.ObjectType, t =>
    {
        t.Constructor = (type, args, kw) =>
        {
            var a = ArgumentParser.Parse("reversed", args, kw, 1, 1, "sequence");
            var seq = a[0];
            var rev = seq.Type.Lookup("__reversed__");
            if (rev != null) return Ops.CallWithSelf(rev, seq);
            if (seq is PyDict || seq is PySetBase || (seq is PyInstance && seq.Type.Lookup("__getitem__") == null))
                throw Ops.TypeError("argument to reversed() must be a sequence");
            int n;
            try { n = seq.Len(); }
            catch (PythonException e) when (e.Is(PyExceptionTypes.TypeError)) { throw Ops.TypeError("argument to reversed() must be a sequence"); }
            return new PyReversed(seq, n);
        };
        IteratorTypes.Populate(t);
        t.DefMethod("__length_hint__", r => PyInt.From(((PyReversed)r)._index + 1));
    });

    readonly PyObject _seq;
    long _index;

    public PyReversed(PyObject seq, long length) { _seq = seq; _index = length - 1; }
    public override PyType Type => TypeObject;
    public override PyObject Iter() => this;

    public override PyObject Next()
    {
        if (_index < 0) return null;
        if (_seq is PyList l && _index >= l.Count) { _index = -1; return null; }
        return _seq.GetItem(PyInt.From(_index--));
    }
}

/// <summary><c>super(type, obj)</c>: attribute look-up starting after <c>type</c> in obj's MRO.</summary>
public sealed class PySuper : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("super", () => PyType.ObjectType, t =>
    {
        t.Constructor = (type, args, kw) =>
        {
            var a = ArgumentParser.Parse("super", args, kw, 1, 2, "type", "obj");
            if (a[0] is not PyType st) throw Ops.TypeError($"must be type, not {a[0].TypeName}");
            var obj = a[1] is PyNone ? null : a[1];
            if (obj != null && !(obj is PyType ot && ot.IsSubtypeOf(st)) && !obj.Type.IsSubtypeOf(st))
                throw Ops.TypeError("super(type, obj): obj must be an instance or subtype of type");
            return new PySuper(st, obj);
        };
        t.DefProperty("__thisclass__", s => ((PySuper)s)._type);
        t.DefProperty("__self__", s => ((PySuper)s)._obj ?? PyNone.None);
        t.DefProperty("__self_class__", s => (PyObject)((PySuper)s).StartType ?? PyNone.None);
    });

    readonly PyType _type;
    readonly PyObject _obj;

    public PySuper(PyType type, PyObject obj) { _type = type; _obj = obj; }
    public override PyType Type => TypeObject;

    protected internal override bool HasStandardAttributeLookup => false;

    PyType StartType => _obj == null ? null : _obj is PyType t && t.IsSubtypeOf(_type) ? t : _obj.Type;

    public override PyObject GetAttributeOrNull(PyStr name)
    {
        var start = StartType;
        if (start != null && name.ToString() != "__class__")
        {
            var mro = start.Mro;
            int i = System.Array.IndexOf(mro, _type);
            for (int k = i + 1; k < mro.Length; k++)
            {
                var v = mro[k].Dict.GetStr(name);
                if (v == null) continue;
                if (!v.IsDescriptor) return v;
                return v.DescriptorGet(ReferenceEquals(_obj, start) ? null : _obj, start);
            }
        }
        return PyType.GenericGetAttr(this, name);
    }

    public override PyStr Repr() => _obj == null
        ? PyStr.FromString($"<super: <class '{_type.Name}'>, NULL>")
        : PyStr.FromString($"<super: <class '{_type.Name}'>, <{StartType.Name} object>>");
}
