namespace Py2Cs.Runtime;

/// <summary>The members of <c>object</c>, the root of new-style classes.</summary>
internal static class ObjectTypeDefinition
{
    public static void Populate(PyType t)
    {
        t.Constructor = (type, args, kw) => PyType.NewObject(type);
        t.Define("__init__", NativeMethod.CreateRaw(t, "__init__", (self, args, kw) =>
        {
            if (args.Length > 0 && self.Type.Lookup("__new__") is NativeStaticNew { IsObjectNew: true } && self.Type.Lookup("__init__") is NativeMethod)
                throw Ops.TypeError("object.__init__() takes no parameters");
            return PyNone.None;
        }) );
        ((NativeMethod)t.Dict.GetStr("__init__")).IsObjectInit = true;
        t.DefProperty("__class__", o => o.Type, (o, v) =>
        {
            if (o is not PyInstance pi) throw Ops.TypeError("__class__ assignment: only for heap types");
            pi.Class = v as PyType ?? throw Ops.TypeError($"__class__ must be set to new-style class, not '{v.TypeName}' object");
        });
        t.DefProperty("__dict__", o => o.InstanceDict ?? throw Ops.AttributeError($"'{o.TypeName}' object has no attribute '__dict__'"),
            (o, v) =>
            {
                if (o is PyInstance pi && v is PyDict d) pi.ReplaceDict(d);
                else throw Ops.TypeError("__dict__ must be set to a dictionary, not a '" + v.TypeName + "'");
            });
        t.Define("__doc__", PyStr.FromString("The most base type"));
        t.DefMethod("__repr__", o => o is PyInstance pi ? pi.DefaultRepr() : PyStr.FromString($"<{o.TypeName} object at 0x{Ops.Id(o):x}>"));
        t.DefMethod("__str__", o => Ops.Repr(o));
        t.DefMethod("__hash__", o => PyInt.From(Ops.IdentityHash(o)));
        t.DefMethod("__getattribute__", (o, n) => PyType.GenericGetAttr(o, AsName(n)) ?? throw o.MissingAttribute(AsName(n)));
        t.DefMethod("__setattr__", (o, n, v) => { PyType.GenericSetAttr(o, AsName(n), v); return PyNone.None; });
        t.DefMethod("__delattr__", (o, n) => { PyType.GenericDeleteAttr(o, AsName(n)); return PyNone.None; });
        t.DefMethod("__format__", (o, spec) => FormattingHooks.Format(o, spec));
        t.DefMethod("__reduce_ex__", 0, new[] { "protocol" }, (o, a) => ObjectReduce.ReduceEx(o, a[0]));
        t.DefMethod("__reduce__", 0, new[] { "protocol" }, (o, a) => ObjectReduce.CommonReduce(o, a[0] == null ? 0 : Ops.IndexToLongArg(a[0])));
        t.DefMethod("__sizeof__", o => PyInt.From(16));
    }

    internal static PyStr AsName(PyObject n) => n switch
    {
        PyStr s => s.Intern(),
        PyUnicode u => u.EncodeAscii().Intern(),
        _ => throw Ops.TypeError($"attribute name must be string, not '{n.TypeName}'"),
    };
}

/// <summary>The members of <c>type</c> (and of classic classes, through classobj).</summary>
internal static class TypeTypeDefinition
{
    public static void Populate(PyType t)
    {
        t.Constructor = PyType.TypeNew;
        DefineClassAttributes(t);
        t.DefProperty("__mro__", o => PyTuple.Create(((PyType)o).Mro));
        t.DefMethod("mro", o => PyList.Create(((PyType)o).Mro));
        t.Define("__call__", NativeMethod.CreateRaw(t, "__call__", (self, args, kw) => ((PyType)self).CallDefault(args, kw)));
        t.DefMethod("__subclasses__", o => new PyList());
        t.DefMethod("__instancecheck__", (c, o) => PyBool.From(Ops.IsInstance(o, c)));
        t.DefMethod("__subclasscheck__", (c, o) => PyBool.From(Ops.IsSubclass(o, c)));
    }

    internal static void DefineClassAttributes(PyType t)
    {
        t.DefProperty("__name__", o => PyStr.FromString(((PyType)o).Name), (o, v) =>
        {
            var pt = (PyType)o;
            if (pt.IsBuiltin) throw Ops.TypeError($"can't set attributes of built-in/extension type '{pt.Name}'");
            pt.Name = Ops.StrValue(v);
        });
        t.DefProperty("__bases__", o => PyTuple.Create(((PyType)o).Bases));
        t.DefProperty("__dict__", o => ((PyType)o).Dict);
        t.DefProperty("__module__", o => ((PyType)o).IsBuiltin ? PyStr.FromString(((PyType)o).ModuleName) : ((PyType)o).Dict.GetStr("__module__") ?? PyStr.FromString("__builtin__"),
            (o, v) => ((PyType)o).Dict.SetStr("__module__", v));
        t.DefProperty("__doc__", o => ((PyType)o).Dict.GetStr("__doc__") ?? PyNone.None);
    }
}
