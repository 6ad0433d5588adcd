namespace Py2Cs.Runtime;

/// <summary>Attribute access with interned names.</summary>
public static partial class Ops
{
    public static PyObject GetAttr(PyObject o, PyStr name) =>
        o.GetAttributeOrNull(name) ?? throw o.MissingAttribute(name);

    public static PyObject GetAttr(PyObject o, string name) => GetAttr(o, PyStr.Intern(name));

    /// <summary>The attribute, or null when missing (AttributeError from a hook also counts as missing).</summary>
    public static PyObject GetAttrOrNull(PyObject o, PyStr name)
    {
        try { return o.GetAttributeOrNull(name); }
        catch (PythonException e) when (e.Is(PyExceptionTypes.AttributeError)) { return null; }
    }

    public static PyObject GetAttrOrNull(PyObject o, string name) => GetAttrOrNull(o, PyStr.Intern(name));

    public static void SetAttr(PyObject o, PyStr name, PyObject value) => o.SetAttribute(name, value);
    public static void SetAttr(PyObject o, string name, PyObject value) => o.SetAttribute(PyStr.Intern(name), value);
    public static void DelAttr(PyObject o, PyStr name) => o.DeleteAttribute(name);

    public static bool HasAttr(PyObject o, PyStr name) => GetAttrOrNull(o, name) != null;

    static readonly PyStr GetAttributeName = PyStr.Intern("__getattribute__");

    /// <summary>Finds a method on the type for a direct call with self, skipping the bound-method
    /// object; null when the attribute must be fetched the general way.</summary>
    static PyObject FindMethod(PyObject o, PyStr name)
    {
        if (o is PyType || (o is PyInstance pi && pi.IsClassic) || !o.HasStandardAttributeLookup) return null;
        var type = o.Type;
        var m = type.Lookup(name);
        if (m is not PyFunction && m is not NativeMethod) return null;
        if (!type.IsBuiltin && (type.CustomGetAttribute != null || type.Lookup(GetAttributeName) == null)) return null;
        var dict = o.InstanceDict;
        if (dict != null && dict.Count > 0 && dict.GetStr(name) != null) return null;
        return m;
    }

    /// <summary><c>o.name(args...)</c> without allocating a bound method when possible.</summary>
    public static PyObject CallMethod(PyObject o, PyStr name)
    {
        var m = FindMethod(o, name);
        return m != null ? CallWithSelf(m, o) : GetAttr(o, name).Call();
    }

    public static PyObject CallMethod(PyObject o, PyStr name, PyObject a)
    {
        var m = FindMethod(o, name);
        return m != null ? CallWithSelf(m, o, a) : GetAttr(o, name).Call(a);
    }

    public static PyObject CallMethod(PyObject o, PyStr name, PyObject a, PyObject b)
    {
        var m = FindMethod(o, name);
        return m != null ? CallWithSelf(m, o, a, b) : GetAttr(o, name).Call(a, b);
    }

    public static PyObject CallMethod(PyObject o, PyStr name, PyObject[] args, PyStr[] kwNames = null)
    {
        var m = FindMethod(o, name);
        return m != null ? CallWithSelf(m, o, args, kwNames) : GetAttr(o, name).Call(args, kwNames);
    }

    public static PyObject CallMethod(PyObject o, string name, params PyObject[] args) =>
        CallMethod(o, PyStr.Intern(name), args, null);
}
