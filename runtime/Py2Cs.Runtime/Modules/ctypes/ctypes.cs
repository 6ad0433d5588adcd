#pragma warning disable CS8981, IDE1006 // the module class and its members are named as in Python
using System;
using System.Collections.Generic;
using Py2Cs.Runtime.ForeignFunctions;
using T = Py2Cs.Runtime.ForeignFunctions.FundamentalTypes;

namespace Py2Cs.Runtime;

/// <summary>
/// The <c>ctypes</c> package of Python 2.7 on 64-bit Linux: fundamental types, structures, unions,
/// arrays, pointers, shared libraries (CDLL, PyDLL, LibraryLoader, cdll, pydll) and foreign functions
/// called without libffi (docs/ctypes.md). CDLL, LibraryLoader and the function pointer classes are
/// Python-level classes, as in CPython, so programs can subclass them and override their methods.
/// </summary>
[PythonModule("ctypes")]
public static class ctypes
{
    public static readonly PyObject __version__ = PyStr.FromString("1.1.0");
    public static readonly PyObject _ctypes_version = PyStr.FromString("1.1.0");
    public static readonly PyObject RTLD_LOCAL = PyInt.From(DynamicLibrary.RTLD_LOCAL);
    public static readonly PyObject RTLD_GLOBAL = PyInt.From(DynamicLibrary.RTLD_GLOBAL);
    public static readonly PyObject DEFAULT_MODE = PyInt.From(DynamicLibrary.RTLD_LOCAL);
    public static readonly PyObject _FUNCFLAG_CDECL = PyInt.From(FunctionPointer.FlagCdecl);
    public static readonly PyObject _FUNCFLAG_PYTHONAPI = PyInt.From(FunctionPointer.FlagPythonApi);
    public static readonly PyObject _FUNCFLAG_USE_ERRNO = PyInt.From(FunctionPointer.FlagUseErrno);
    public static readonly PyObject _FUNCFLAG_USE_LASTERROR = PyInt.From(FunctionPointer.FlagUseLastError);

    public static readonly PyObject ArgumentError = CTypesTypes.ArgumentError;
    public static readonly PyObject Structure = CTypesTypes.Structure;
    public static readonly PyObject Union = CTypesTypes.Union;
    public static readonly PyObject Array = CTypesTypes.Array;
    public static readonly PyObject _Pointer = CTypesTypes.Pointer;
    public static readonly PyObject _SimpleCData = CTypesTypes.SimpleCData;
    public static readonly PyObject _CFuncPtr = CTypesTypes.CFuncPtr;
    /// <summary>Little-endian host: LittleEndianStructure is Structure itself, as in CPython.</summary>
    public static readonly PyObject LittleEndianStructure = CTypesTypes.Structure;
    public static readonly PyObject BigEndianStructure = CTypesTypes.BigEndianStructure;

    public static readonly PyObject c_short = T.c_short, c_ushort = T.c_ushort, c_long = T.c_long, c_ulong = T.c_ulong,
        c_int = T.c_int, c_uint = T.c_uint, c_float = T.c_float, c_double = T.c_double, c_longdouble = T.c_longdouble,
        c_longlong = T.c_long, c_ulonglong = T.c_ulong, c_ubyte = T.c_ubyte, c_byte = T.c_byte, c_char = T.c_char,
        c_char_p = T.c_char_p, c_void_p = T.c_void_p, c_voidp = T.c_void_p, c_bool = T.c_bool, c_wchar_p = T.c_wchar_p,
        c_wchar = T.c_wchar, py_object = T.py_object,
        c_int8 = T.c_byte, c_uint8 = T.c_ubyte, c_int16 = T.c_short, c_uint16 = T.c_ushort, c_int32 = T.c_int,
        c_uint32 = T.c_uint, c_int64 = T.c_long, c_uint64 = T.c_ulong, c_size_t = T.c_ulong, c_ssize_t = T.c_long;

    public static readonly PyDict _pointer_type_cache = CTypesFunctions.PointerTypeCache;
    public static readonly PyDict _c_functype_cache = new();

    public static PyObject POINTER(PyObject cls) => CTypesFunctions.POINTER(cls);
    public static PyObject pointer(PyObject obj) => CTypesFunctions.pointer(obj);
    public static PyObject @sizeof(PyObject obj) => CTypesFunctions.@sizeof(obj);
    public static PyObject alignment(PyObject obj) => CTypesFunctions.alignment(obj);
    public static PyObject addressof(PyObject obj) => CTypesFunctions.addressof(obj);
    public static PyObject byref(PyObject obj, PyObject offset = null) => CTypesFunctions.byref(obj, offset);
    public static PyObject resize(PyObject obj, PyObject size) => CTypesFunctions.resize(obj, size);
    public static PyObject get_errno() => PyInt.From(ForeignCall.PrivateErrno);
    public static PyObject set_errno(PyObject value) => CTypesFunctions.set_errno(value);
    public static PyObject set_conversion_mode(PyObject encoding, PyObject errors) => CTypesFunctions.set_conversion_mode(encoding, errors);
    public static PyObject _dlopen(PyObject name, PyObject mode = null) => CTypesFunctions.dlopen(name, mode);
    public static PyObject cast(PyObject obj, PyObject typ) => CTypesFunctions.cast(obj, typ);
    public static PyObject string_at(PyObject ptr, PyObject size = null) => CTypesFunctions.string_at(ptr, size);
    public static PyObject wstring_at(PyObject ptr, PyObject size = null) => CTypesFunctions.wstring_at(ptr, size);
    public static PyObject create_string_buffer(PyObject init, PyObject size = null) => CTypesFunctions.create_string_buffer(init, size);
    public static PyObject c_buffer(PyObject init, PyObject size = null) => CTypesFunctions.create_string_buffer(init, size);
    public static PyObject create_unicode_buffer(PyObject init, PyObject size = null) => CTypesFunctions.create_unicode_buffer(init, size);
    public static PyObject ARRAY(PyObject typ, PyObject length) => typ is PyType t && CTypeInfo.Find(t) != null ? CTypesTypes.ArrayOf(t, length, "ctypes") : Ops.Multiply(typ, length);
    public static PyObject SetPointerType(PyObject pointer, PyObject cls) => CTypesFunctions.SetPointerType(pointer, cls);
    public static PyObject CFUNCTYPE(PyObject restype, [Kwargs] PyDict kw, params PyObject[] argtypes) => CTypesFunctions.CFUNCTYPE(restype, argtypes, kw);
    public static PyObject PYFUNCTYPE(PyObject restype, params PyObject[] argtypes) => CTypesFunctions.PYFUNCTYPE(restype, argtypes);
    public static PyObject _reset_cache() { _c_functype_cache.Clear(); return PyNone.None; }

    public static readonly PyObject memmove = CTypesFunctions.LibcFunction("memmove", T.c_void_p, T.c_void_p, T.c_void_p, T.c_ulong);
    public static readonly PyObject memset = CTypesFunctions.LibcFunction("memset", T.c_void_p, T.c_void_p, T.c_int, T.c_ulong);

    public static readonly PyObject CDLL = LibraryClasses.CDLL;
    public static readonly PyObject PyDLL = LibraryClasses.PyDLL;
    public static readonly PyObject LibraryLoader = LibraryClasses.LibraryLoader;
    public static readonly PyObject cdll = Ops.Call(LibraryClasses.LibraryLoader, LibraryClasses.CDLL);
    public static readonly PyObject pydll = Ops.Call(LibraryClasses.LibraryLoader, LibraryClasses.PyDLL);
    public static readonly PyObject pythonapi = Ops.Call(LibraryClasses.PyDLL, PyNone.None);

    public static void __init__(PyModule m)
    {
        _pointer_type_cache.SetItem(PyNone.None, T.c_void_p);
    }
}

/// <summary>The <c>_ctypes</c> extension module of 2.7: the C-level half that ctypes builds on.</summary>
[PythonModule("_ctypes")]
public static class _ctypes
{
    public static readonly PyObject __version__ = PyStr.FromString("1.1.0");
    public static readonly PyObject RTLD_LOCAL = PyInt.From(DynamicLibrary.RTLD_LOCAL);
    public static readonly PyObject RTLD_GLOBAL = PyInt.From(DynamicLibrary.RTLD_GLOBAL);
    public static readonly PyObject FUNCFLAG_CDECL = PyInt.From(FunctionPointer.FlagCdecl);
    public static readonly PyObject FUNCFLAG_PYTHONAPI = PyInt.From(FunctionPointer.FlagPythonApi);
    public static readonly PyObject FUNCFLAG_USE_ERRNO = PyInt.From(FunctionPointer.FlagUseErrno);
    public static readonly PyObject FUNCFLAG_USE_LASTERROR = PyInt.From(FunctionPointer.FlagUseLastError);
    public static readonly PyObject ArgumentError = CTypesTypes.ArgumentError;
    public static readonly PyObject Structure = CTypesTypes.Structure;
    public static readonly PyObject Union = CTypesTypes.Union;
    public static readonly PyObject Array = CTypesTypes.Array;
    public static readonly PyObject _Pointer = CTypesTypes.Pointer;
    public static readonly PyObject _SimpleCData = CTypesTypes.SimpleCData;
    public static readonly PyObject CFuncPtr = CTypesTypes.CFuncPtr;
    public static readonly PyDict _pointer_type_cache = CTypesFunctions.PointerTypeCache;

    public static PyObject POINTER(PyObject cls) => CTypesFunctions.POINTER(cls);
    public static PyObject pointer(PyObject obj) => CTypesFunctions.pointer(obj);
    public static PyObject @sizeof(PyObject obj) => CTypesFunctions.@sizeof(obj);
    public static PyObject alignment(PyObject obj) => CTypesFunctions.alignment(obj);
    public static PyObject addressof(PyObject obj) => CTypesFunctions.addressof(obj);
    public static PyObject byref(PyObject obj, PyObject offset = null) => CTypesFunctions.byref(obj, offset);
    public static PyObject resize(PyObject obj, PyObject size) => CTypesFunctions.resize(obj, size);
    public static PyObject get_errno() => PyInt.From(ForeignCall.PrivateErrno);
    public static PyObject set_errno(PyObject value) => CTypesFunctions.set_errno(value);
    public static PyObject set_conversion_mode(PyObject encoding, PyObject errors) => CTypesFunctions.set_conversion_mode(encoding, errors);
    public static PyObject dlopen(PyObject name, PyObject mode = null) => CTypesFunctions.dlopen(name, mode);
    public static PyObject dlsym(PyObject handle, PyObject name) => CTypesFunctions.dlsym(handle, name);
    public static PyObject dlclose(PyObject handle) => CTypesFunctions.dlclose(handle);
}

/// <summary><c>ctypes.util</c>: find_library as CPython does it on Linux (the ldconfig cache).</summary>
[PythonModule("ctypes.util")]
public static class ctypesUtilModule
{
    public static PyObject find_library(PyObject name) => LibraryFinder.Find(Ops.StrValue(name)) is { } s ? PyStr.FromString(s) : PyNone.None;
}
