namespace Py2Cs.Runtime.ForeignFunctions;

/// <summary>The from_param class methods: how each kind of ctypes type accepts a Python value as a
/// function argument (CPython's PyCSimpleType_from_param, c_char_p_from_param, c_void_p_from_param,
/// PyCPointerType_from_param and CDataType_from_param), with their errors.</summary>
public static unsafe class FromParam
{
    static readonly PyStr AsParameter = PyStr.Intern("_as_parameter_"), FromParamName = PyStr.Intern("from_param");

    public static PyObject Convert(PyType cls, PyObject value)
    {
        var info = CTypeInfo.Find(cls) ?? throw Ops.TypeError("abstract class");
        switch (info.Kind)
        {
            case CKind.Simple: return Simple(cls, info, value);
            case CKind.Pointer: return Pointer(cls, info, value);
            default: return Generic(cls, value);
        }
    }

    static PyObject ViaAsParameter(PyType cls, PyObject value, string message)
    {
        var ap = Ops.GetAttrOrNull(value, AsParameter);
        if (ap != null) return Ops.Call(Ops.GetAttr(cls, FromParamName), ap);
        throw Ops.TypeError(message);
    }

    /// <summary>A C value of the simple type's code in a CArgObject.</summary>
    public static CArgObject Tagged(char code, PyObject value, PyObject obj)
    {
        var buffer = stackalloc byte[16];
        new System.Span<byte>(buffer, 16).Clear();
        var keep = SimpleValues.Set(code, (nint)buffer, value);
        return new CArgObject(code, ForeignCall.FromMemory(code, (nint)buffer), obj, keep);
    }

    static bool IsArrayOrPointerOf(PyObject value, char code) =>
        value is CDataObject d && (d.Info.Kind is CKind.Array or CKind.Pointer)
        && CTypeInfo.Find(d.Info.ItemType) is { Kind: CKind.Simple } ii && ii.Code == code;

    static PyObject Simple(PyType cls, CTypeInfo info, PyObject value)
    {
        if (Ops.IsInstance(value, cls)) return value;
        switch (info.Code)
        {
            case 'z':
                if (value is PyNone) return value;
                if (value is PyStr || value is PyUnicode) return Tagged('z', value, value);
                if (IsArrayOrPointerOf(value, 'c')) return value;
                if (value is CArgObject ca && ca.Tag == 'P' && ca.Obj is CDataObject cd && cd.Info.Kind == CKind.Simple && cd.Info.Code == 'c') return value;
                return ViaAsParameter(cls, value, "wrong type");
            case 'Z':
                if (value is PyNone) return value;
                if (value is PyStr || value is PyUnicode) return Tagged('Z', value, value);
                if (IsArrayOrPointerOf(value, 'u')) return value;
                return ViaAsParameter(cls, value, "wrong type");
            case 'P':
                switch (value)
                {
                    case PyNone: return value;
                    case PyInt or PyLong: return Tagged('P', value, value);
                    case PyStr: return Tagged('z', value, value);
                    case PyUnicode: return Tagged('Z', value, value);
                    case CDataObject d when d.Info.Kind is CKind.Array or CKind.Pointer or CKind.Function
                        || d.Info.Kind == CKind.Simple && d.Info.Code is 'z' or 'Z' or 'P':
                        return value;
                    case CArgObject a when a.Tag == 'P': return value;
                }
                return ViaAsParameter(cls, value, "wrong type");
        }
        try
        {
            return Tagged(info.Code, value, value);
        }
        catch (PythonException)
        {
            return ViaAsParameter(cls, value, "wrong type");
        }
    }

    static PyObject Pointer(PyType cls, CTypeInfo info, PyObject value)
    {
        if (value is PyNone) return value;
        if (info.ItemType != null)
        {
            if (Ops.IsInstance(value, info.ItemType)) return Byref.Create(value);
            if (value is CArgObject a && a.Tag == 'P' && a.Obj != null && Ops.IsInstance(a.Obj, info.ItemType)) return value;
            if (value is CDataObject d && (d.Info.Kind is CKind.Array or CKind.Pointer) && d.Info.ItemType != null
                && Ops.IsSubclass(d.Info.ItemType, info.ItemType))
                return value;
        }
        return Generic(cls, value);
    }

    static PyObject Generic(PyType cls, PyObject value)
    {
        if (Ops.IsInstance(value, cls)) return value;
        if (value is CArgObject a && a.Obj != null && Ops.IsInstance(a.Obj, cls)) return value;
        var ap = Ops.GetAttrOrNull(value, AsParameter);
        if (ap != null) return Ops.Call(Ops.GetAttr(cls, FromParamName), ap);
        if (value is CArgObject pa && pa.Obj != null)
            throw Ops.TypeError($"expected {cls.Name} instance instead of pointer to {pa.Obj.TypeName}");
        throw Ops.TypeError($"expected {cls.Name} instance instead of {value.TypeName}");
    }
}

/// <summary>byref(obj[, offset]): a light-weight pointer to a ctypes instance, for arguments only.</summary>
public static class Byref
{
    public static CArgObject Create(PyObject obj, long offset = 0)
    {
        if (obj is not CDataObject d) throw Ops.TypeError($"byref() argument must be a ctypes instance, not '{obj.TypeName}'");
        return new CArgObject('P', ArgValue.Integer(d.Address + offset), d);
    }
}
