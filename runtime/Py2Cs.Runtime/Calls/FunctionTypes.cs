namespace Py2Cs.Runtime;

/// <summary>The attributes of functions, methods and built-in functions.</summary>
internal static class FunctionTypes
{
    static PyFunction F(PyObject o) => (PyFunction)o;

    /// <summary>Functions, methods and built-ins have a __call__ slot wrapper in 2.7, so
    /// <c>hasattr(f, '__call__')</c>, the common Python 2 callable test, is true and <c>f.__call__(...)</c> works.</summary>
    static void DefineCall(PyType t) =>
        t.Define("__call__", NativeMethod.CreateRaw(t, "__call__", (self, args, kwNames) => self.Call(args, kwNames)));

    public static void PopulateFunction(PyType t)
    {
        PyObject Name(PyObject o) => PyStr.FromString(F(o).Name);
        void SetName(PyObject o, PyObject v) => F(o).Name = v is PyStr s ? s.ToString() : throw Ops.TypeError("__name__ must be set to a string object");
        t.DefProperty("__name__", Name, SetName);
        t.DefProperty("func_name", Name, SetName);
        t.DefProperty("__doc__", o => F(o).Doc, (o, v) => F(o).Doc = v ?? PyNone.None);
        t.DefProperty("func_doc", o => F(o).Doc, (o, v) => F(o).Doc = v ?? PyNone.None);
        t.DefProperty("__module__", o => F(o).Module ?? PyNone.None, (o, v) => F(o).Module = v);
        PyObject Defaults(PyObject o) => F(o).Defaults == null ? PyNone.None : PyTuple.Create((PyObject[])F(o).Defaults.Clone());
        void SetDefaults(PyObject o, PyObject v) => F(o).Defaults = v == null || v is PyNone ? null : v is PyTuple tu ? tu.AsSpan().ToArray() : throw Ops.TypeError("__defaults__ must be set to a tuple object");
        t.DefProperty("func_defaults", Defaults, SetDefaults);
        t.DefProperty("__defaults__", Defaults, SetDefaults);
        t.DefProperty("func_globals", o => (PyObject)F(o).Globals ?? PyNone.None);
        t.DefProperty("__globals__", o => (PyObject)F(o).Globals ?? PyNone.None);
        t.DefProperty("func_dict", o => o.InstanceDict);
        t.DefProperty("func_code", o => PyCode.ForFunction(F(o)));
        t.DefProperty("__code__", o => PyCode.ForFunction(F(o)));
        t.DefMethod("__get__", 1, new[] { "instance", "owner" }, (f, a) =>
            f.DescriptorGet(a[0] is PyNone ? null : a[0], a[1] as PyType ?? a[0]?.Type));
        t.DefMethod("__repr__", o => o.Repr());
        DefineCall(t);
    }

    public static void PopulateMethod(PyType t)
    {
        t.DefProperty("im_func", o => ((PyMethod)o).Function);
        t.DefProperty("__func__", o => ((PyMethod)o).Function);
        t.DefProperty("im_self", o => ((PyMethod)o).Self ?? PyNone.None);
        t.DefProperty("__self__", o => ((PyMethod)o).Self ?? PyNone.None);
        t.DefProperty("im_class", o => ((PyMethod)o).Class ?? PyNone.None);
        t.DefProperty("__name__", o => Ops.GetAttr(((PyMethod)o).Function, "__name__"));
        t.DefProperty("__doc__", o => Ops.GetAttr(((PyMethod)o).Function, "__doc__"));
        DefineCall(t);
    }

    public static void PopulateNative(PyType t)
    {
        t.DefProperty("__name__", o => PyStr.FromString(o is NativeFunction f ? f.Name : o is NativeBoundMethod m ? m.Method.Name : "?"));
        t.DefProperty("__self__", o => o is NativeBoundMethod m ? m.Self : PyNone.None);
        t.DefProperty("__module__", o => o is NativeFunction f && f.ModuleName != null ? PyStr.FromString(f.ModuleName) : PyNone.None);
        t.DefProperty("__doc__", o => o is NativeFunction f ? f.Doc : PyNone.None);
        DefineCall(t);
    }

    public static void PopulateNativeMethod(PyType t)
    {
        t.DefProperty("__name__", o => PyStr.FromString(((NativeMethod)o).Name));
        t.DefProperty("__objclass__", o => ((NativeMethod)o).Owner);
        t.DefMethod("__get__", 1, new[] { "instance", "owner" }, (m, a) => m.DescriptorGet(a[0] is PyNone ? null : a[0], null));
        DefineCall(t);
    }
}

/// <summary>Constructors and members of staticmethod, classmethod and property.</summary>
internal static class DescriptorTypes
{
    public static void PopulateStaticMethod(PyType t)
    {
        t.Constructor = (type, args, kw) => new PyStaticMethod(ArgumentParser.Parse("staticmethod", args, kw, 1, 1, "function")[0]);
        t.DefProperty("__func__", o => ((PyStaticMethod)o).Function);
        t.DefMethod("__get__", 1, new[] { "instance", "owner" }, (s, a) => ((PyStaticMethod)s).Function);
    }

    public static void PopulateClassMethod(PyType t)
    {
        t.Constructor = (type, args, kw) => new PyClassMethod(ArgumentParser.Parse("classmethod", args, kw, 1, 1, "function")[0]);
        t.DefProperty("__func__", o => ((PyClassMethod)o).Function);
        t.DefMethod("__get__", 1, new[] { "instance", "owner" }, (s, a) =>
            s.DescriptorGet(a[0] is PyNone ? null : a[0], a[1] as PyType ?? a[0].Type));
    }

    public static void PopulateProperty(PyType t)
    {
        t.Constructor = (type, args, kw) =>
        {
            var a = ArgumentParser.Parse("property", args, kw, 0, 4, "fget", "fset", "fdel", "doc");
            return new PyProperty(a[0], a[1], a[2], a[3]);
        };
        t.DefProperty("fget", o => ((PyProperty)o).Getter ?? PyNone.None);
        t.DefProperty("fset", o => ((PyProperty)o).Setter ?? PyNone.None);
        t.DefProperty("fdel", o => ((PyProperty)o).Deleter ?? PyNone.None);
        t.DefProperty("__doc__", o => ((PyProperty)o).Doc ?? PyNone.None);
        t.DefMethod("getter", (p, f) => { var o = (PyProperty)p; return new PyProperty(f, o.Setter ?? PyNone.None, o.Deleter ?? PyNone.None, o.Doc); });
        t.DefMethod("setter", (p, f) => { var o = (PyProperty)p; return new PyProperty(o.Getter ?? PyNone.None, f, o.Deleter ?? PyNone.None, o.Doc); });
        t.DefMethod("deleter", (p, f) => { var o = (PyProperty)p; return new PyProperty(o.Getter ?? PyNone.None, o.Setter ?? PyNone.None, f, o.Doc); });
        t.DefMethod("__get__", 1, new[] { "instance", "owner" }, (p, a) => p.DescriptorGet(a[0] is PyNone ? null : a[0], null));
        t.DefMethod("__set__", (p, i, v) => { p.DescriptorSet(i, v); return PyNone.None; });
        t.DefMethod("__delete__", (p, i) => { p.DescriptorDelete(i); return PyNone.None; });
    }
}
