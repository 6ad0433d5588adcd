#pragma warning disable CS8981 // the module class is named as in Python
using System;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime;

/// <summary>
/// The io module of Python 2.7 (io.py over _io): the class hierarchy IOBase → RawIOBase /
/// BufferedIOBase / TextIOBase, the concrete FileIO, BytesIO, StringIO, Buffered*, TextIOWrapper,
/// IncrementalNewlineDecoder, io.open, and the exceptions.
/// </summary>
[PythonModule("io")]
public static class io
{
    public static readonly PyObject DEFAULT_BUFFER_SIZE = PyInt.From(IOBases.DefaultBufferSize);
    public static readonly PyObject SEEK_SET = PyInt.From(0);
    public static readonly PyObject SEEK_CUR = PyInt.From(1);
    public static readonly PyObject SEEK_END = PyInt.From(2);

    public static readonly PyObject IOBase = IOBases.IOBase;
    public static readonly PyObject RawIOBase = IOBases.RawIOBase;
    public static readonly PyObject BufferedIOBase = IOBases.BufferedIOBase;
    public static readonly PyObject TextIOBase = IOBases.TextIOBase;
    public static readonly PyObject FileIO = FileIOObject.TypeObject;
    public static readonly PyObject BytesIO = BytesIOObject.TypeObject;
    public static readonly PyObject StringIO = StringIOObject.TypeObject;
    public static readonly PyObject BufferedReader = BufferedObject.ReaderType;
    public static readonly PyObject BufferedWriter = BufferedObject.WriterType;
    public static readonly PyObject BufferedRandom = BufferedObject.RandomType;
    public static readonly PyObject BufferedRWPair = BufferedRWPairObject.TypeObject;
    public static readonly PyObject TextIOWrapper = TextIOWrapperObject.TypeObject;
    public static readonly PyObject IncrementalNewlineDecoder = IncrementalNewlineDecoderObject.TypeObject;

    /// <summary>io.UnsupportedOperation: both a ValueError and an IOError, as in CPython.</summary>
    internal static readonly PyType UnsupportedOperationType = MakeUnsupportedOperation();

    /// <summary>io.BlockingIOError(errno, strerror, characters_written=0): an IOError subclass.</summary>
    internal static readonly PyType BlockingIOErrorType = new PythonClassBuilder("io", "BlockingIOError", PyExceptionTypes.IOError)
        .Method("__init__", new[] { "self", "errno", "strerror", "characters_written" }, a =>
        {
            Ops.CallMethod(PyExceptionTypes.IOError, "__init__", a[0], a[1], a[2]);
            Ops.SetAttr(a[0], PyStr.Intern("characters_written"), a[3]);
            return PyNone.None;
        }, defaults: new PyObject[] { PyInt.From(0) })
        .Build();

    public static readonly PyObject UnsupportedOperation = UnsupportedOperationType;
    public static readonly PyObject BlockingIOError = BlockingIOErrorType;

    static PyType MakeUnsupportedOperation()
    {
        var dict = new PyDict();
        dict.SetStr("__module__", PyStr.FromString("io"));
        return (PyType)PyType.MakeClass("UnsupportedOperation", PyTuple.Create(PyExceptionTypes.ValueError, PyExceptionTypes.IOError), dict);
    }

    /// <summary>io.open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True).</summary>
    public static PyObject open(PyObject file, PyObject mode = null, PyObject buffering = null, PyObject encoding = null,
        PyObject errors = null, PyObject newline = null, PyObject closefd = null)
    {
        if (file is not (PyStr or PyUnicode or PyInt or PyLong)) throw Ops.TypeError("invalid file: " + Ops.Repr(file));
        string m = mode == null ? "r" : mode is PyStr or PyUnicode ? Ops.StrValue(mode) : throw Ops.TypeError("invalid mode: " + Ops.Repr(mode));
        int buf = buffering == null ? -1 : buffering is PyInt or PyLong ? Ops.ToInt32(buffering) : throw Ops.TypeError("an integer is required");
        if (encoding is not (null or PyNone or PyStr or PyUnicode)) throw Ops.TypeError("invalid encoding: " + Ops.Repr(encoding));
        if (errors is not (null or PyNone or PyStr or PyUnicode)) throw Ops.TypeError("invalid errors: " + Ops.Repr(errors));
        bool reading = false, writing = false, appending = false, updating = false, text = false, binary = false, universal = false;
        for (int i = 0; i < m.Length; i++)
        {
            char c = m[i];
            if ("rwaU+bt".IndexOf(c) < 0 || m.IndexOf(c, i + 1) >= 0) throw Ops.ValueError($"invalid mode: '{m}'");
            switch (c)
            {
                case 'r': reading = true; break;
                case 'w': writing = true; break;
                case 'a': appending = true; break;
                case '+': updating = true; break;
                case 't': text = true; break;
                case 'b': binary = true; break;
                case 'U': universal = true; reading = true; break;
            }
        }
        if (universal && (writing || appending)) throw Ops.ValueError("can't use U and writing mode at once");
        if (text && binary) throw Ops.ValueError("can't have text and binary mode at once");
        if ((reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1) throw Ops.ValueError("must have exactly one of read/write/append mode");
        if (binary && encoding is PyStr or PyUnicode) throw Ops.ValueError("binary mode doesn't take an encoding argument");
        if (binary && errors is PyStr or PyUnicode) throw Ops.ValueError("binary mode doesn't take an errors argument");
        if (binary && newline is PyStr or PyUnicode) throw Ops.ValueError("binary mode doesn't take a newline argument");
        string rawMode = (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "") + (updating ? "+" : "");
        var raw = FileIOObject.Create(file, rawMode, closefd == null || Ops.IsTrue(closefd));
        try
        {
            bool lineBuffering = false;
            if (buf == 1 || buf < 0 && Libc.isatty(Ops.ToInt32(Ops.CallMethod(raw, IOBases.FileNoName))) == 1)
            {
                buf = -1;
                lineBuffering = true;
            }
            if (buf < 0)
            {
                buf = IOBases.DefaultBufferSize;
                try
                {
                    long bs = PosixCalls.FStat(Ops.ToInt32(Ops.CallMethod(raw, IOBases.FileNoName))).BlockSize;
                    if (bs > 1) buf = (int)bs;
                }
                catch (OsFailure) { }
            }
            if (buf == 0)
            {
                if (binary) return raw;
                throw Ops.ValueError("can't have unbuffered text I/O");
            }
            PyType bufferType = updating ? BufferedObject.RandomType : writing || appending ? BufferedObject.WriterType : BufferedObject.ReaderType;
            var buffer = BufferedObject.Create(bufferType, raw, buf);
            if (binary) return buffer;
            var wrapper = TextIOWrapperObject.Create(buffer, encoding is PyStr or PyUnicode ? Ops.StrValue(encoding) : null,
                errors is PyStr or PyUnicode ? Ops.StrValue(errors) : null, newline, lineBuffering);
            wrapper.InstanceDict.SetStr("mode", PyStr.FromString(m));
            return wrapper;
        }
        catch (Exception)
        {
            raw.Close();
            throw;
        }
    }
}
