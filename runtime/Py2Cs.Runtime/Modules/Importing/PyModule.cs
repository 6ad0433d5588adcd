namespace Py2Cs.Runtime;

/// <summary>A module object: a name and a globals dict.</summary>
public sealed class PyModule : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("module", () => PyType.ObjectType, t =>
    {
        t.Constructor = (type, args, kw) =>
        {
            var a = ArgumentParser.Parse("module", args, kw, 1, 2, "name", "doc");
            return new PyModule(Ops.StrValue(a[0]), a[1]);
        };
    });

    public PyDict Dict { get; }
    public string Name { get; }

    public PyModule(string name, PyObject doc = null)
    {
        Name = name;
        Dict = new PyDict();
        Dict.SetStr("__name__", PyStr.FromString(name));
        Dict.SetStr("__doc__", doc ?? PyNone.None);
    }

    public override PyType Type => TypeObject;
    public override PyDict InstanceDict => Dict;
    protected internal override bool HasStandardAttributeLookup => false;

    public override PyObject GetAttributeOrNull(PyStr name)
    {
        var v = Dict.GetStr(name);
        if (v != null) return v;
        if (ReferenceEquals(name, DictName) || name.ToString() == "__dict__") return Dict;
        return PyType.GenericGetAttr(this, name);
    }

    static readonly PyStr DictName = PyStr.Intern("__dict__");

    public override void SetAttribute(PyStr name, PyObject value) => Dict.SetStr(name, value);

    public override void DeleteAttribute(PyStr name)
    {
        if (!Dict.Remove(name)) throw MissingAttribute(name);
    }

    public override PythonException MissingAttribute(PyStr name) =>
        Ops.AttributeError($"'module' object has no attribute '{name}'");

    public PyObject this[string name]
    {
        get => Dict.GetStr(name);
        set => Dict.SetStr(name, value);
    }

    public override PyStr Repr()
    {
        var file = Dict.GetStr("__file__");
        if (file is PyStr f) return PyStr.FromString($"<module '{Name}' from '{f}'>");
        return PyStr.FromString($"<module '{Name}' (built-in)>");
    }
}
