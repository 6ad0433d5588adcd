namespace Py2Cs.Runtime.Modules;

/// <summary>The <c>types</c> module: names for the built-in types.</summary>
[PythonModule("types")]
public static class types
{
    public static PyObject NoneType => PyNone.TypeObject;
    public static PyObject TypeType => PyType.TypeType;
    public static PyObject ObjectType => PyType.ObjectType;
    public static PyObject IntType => PyInt.TypeObject;
    public static PyObject LongType => PyLong.TypeObject;
    public static PyObject FloatType => PyFloat.TypeObject;
    public static PyObject BooleanType => PyBool.TypeObject;
    public static PyObject ComplexType => PyComplex.TypeObject;
    public static PyObject StringType => PyStr.TypeObject;
    public static PyObject UnicodeType => PyUnicode.TypeObject;
    public static PyObject StringTypes => PyTuple.Create(PyStr.TypeObject, PyUnicode.TypeObject);
    public static PyObject BufferType => PyBuffer.TypeObject;
    public static PyObject TupleType => PyTuple.TypeObject;
    public static PyObject ListType => PyList.TypeObject;
    public static PyObject DictType => PyDict.TypeObject;
    public static PyObject DictionaryType => PyDict.TypeObject;
    public static PyObject FunctionType => PyFunction.TypeObject;
    public static PyObject LambdaType => PyFunction.TypeObject;
    public static PyObject GeneratorType => PyGenerator.TypeObject;
    public static PyObject CodeType => PyCode.TypeObject;
    public static PyObject ClassType => PyType.ClassicClassType;
    public static PyObject InstanceType => PyType.ClassicInstanceType;
    public static PyObject MethodType => PyMethod.TypeObject;
    public static PyObject UnboundMethodType => PyMethod.TypeObject;
    public static PyObject BuiltinFunctionType => NativeFunction.TypeObject;
    public static PyObject BuiltinMethodType => NativeFunction.TypeObject;
    public static PyObject ModuleType => PyModule.TypeObject;
    public static PyObject FileType => PyFile.TypeObject;
    public static PyObject XRangeType => PyXRange.TypeObject;
    public static PyObject TracebackType => PyTraceback.TypeObject;
    public static PyObject SliceType => PySlice.TypeObject;
    public static PyObject EllipsisType => PyEllipsis.TypeObject;
    public static PyObject NotImplementedType => PyNotImplemented.TypeObject;
    public static PyObject DictProxyType => PyDict.TypeObject;
    public static PyObject GetSetDescriptorType => NativeProperty.TypeObject;
    public static PyObject MemberDescriptorType => PySlotDescriptor.TypeObject;
}
