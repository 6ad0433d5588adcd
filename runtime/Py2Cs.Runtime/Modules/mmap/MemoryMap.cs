using System;
using System.Runtime.InteropServices;

namespace Py2Cs.Runtime;

/// <summary>
/// mmap.mmap: a region mapped with libc mmap, with CPython 2.7's file-like position (read, write,
/// seek...), sequence access (indexing, slicing, assignment) and its exact error messages. The file
/// descriptor is duplicated, as CPython does, so size() and resize() work after the file is closed.
/// </summary>
public sealed unsafe partial class MemoryMap : PyObject
{
    const int AccessDefault = 0, AccessRead = 1, AccessWrite = 2, AccessCopy = 3;
    const int MapShared = 1, MapPrivate = 2, MapAnonymous = 32, ProtRead = 1, ProtWrite = 2;

    [LibraryImport("libc", EntryPoint = "mmap", SetLastError = true)] private static partial nint mmap_(nint addr, nuint length, int prot, int flags, int fd, long offset);
    [LibraryImport("libc", SetLastError = true)] private static partial int munmap(nint addr, nuint length);
    [LibraryImport("libc", SetLastError = true)] private static partial int msync(nint addr, nuint length, int flags);
    [LibraryImport("libc", SetLastError = true)] private static partial nint mremap(nint old, nuint oldSize, nuint newSize, int flags);
    [LibraryImport("libc", SetLastError = true)] private static partial long sysconf(int name);

    public static readonly int PageSize = (int)sysconf(30);   // _SC_PAGESIZE

    public static readonly PyType TypeObject = PyType.Builtin("mmap", () => PyType.ObjectType, Populate);

    nint _data;
    long _size, _pos, _offset;
    int _fd;
    readonly int _access;

    MemoryMap(nint data, long size, long offset, int fd, int access)
    {
        _data = data; _size = size; _offset = offset; _fd = fd; _access = access;
    }

    public override PyType Type => TypeObject;

    static PythonException SystemFailure() => SystemFailure(Marshal.GetLastPInvokeError());
    static PythonException SystemFailure(int errno) =>
        Ops.EnvironmentError(PyExceptionTypes.EnvironmentError, errno, ErrnoTable.Message(errno));

    static long LongArg(PyObject o)
    {
        if (o is PyFloat) throw Ops.TypeError("integer argument expected, got float");
        return Ops.IndexToLongArg(o);
    }

    static PyObject Create(PyObject[] args, PyStr[] kw)
    {
        var a = ArgumentParser.Parse("mmap", args, kw, 2, 6, "fileno", "length", "flags", "prot", "access", "offset");
        int fd = (int)LongArg(a[0]);
        long length = LongArg(a[1]);
        int flags = a[2] == null ? MapShared : (int)LongArg(a[2]);
        int prot = a[3] == null ? ProtRead | ProtWrite : (int)LongArg(a[3]);
        int access = a[4] == null ? AccessDefault : (int)LongArg(a[4]);
        long offset = a[5] == null ? 0 : LongArg(a[5]);
        if (length < 0) throw Ops.OverflowError("memory mapped length must be postiive");
        if (offset < 0) throw Ops.OverflowError("memory mapped offset must be positive");
        if (access != AccessDefault && (flags != MapShared || prot != (ProtRead | ProtWrite)))
            throw Ops.ValueError("mmap can't specify both access and flags, prot.");
        switch (access)
        {
            case AccessRead: flags = MapShared; prot = ProtRead; break;
            case AccessWrite: flags = MapShared; prot = ProtRead | ProtWrite; break;
            case AccessCopy: flags = MapPrivate; prot = ProtRead | ProtWrite; break;
            case AccessDefault:
                // A map without PROT_WRITE is read-only, as CPython infers.
                if ((prot & ProtRead) != 0 && (prot & ProtWrite) == 0) access = AccessRead;
                break;
            default: throw Ops.ValueError("mmap invalid access parameter.");
        }
        int dupFd = -1;
        if (fd != -1)
        {
            long fileSize = Libc.lseek(fd, 0, 2);
            if (fileSize >= 0)
            {
                if (length == 0)
                {
                    if (fileSize == 0) throw Ops.ValueError("cannot mmap an empty file");
                    if (offset >= fileSize) throw Ops.ValueError("mmap offset is greater than file size");
                    length = fileSize - offset;
                }
                else if (offset > fileSize || fileSize - offset < length)
                    throw Ops.ValueError("mmap length is greater than file size");
            }
            dupFd = Libc.dup(fd);
            if (dupFd < 0) throw SystemFailure();
        }
        else flags |= MapAnonymous;
        nint data = mmap_(0, (nuint)length, prot, flags, dupFd, offset);
        if (data == -1)
        {
            int errno = Marshal.GetLastPInvokeError();
            if (dupFd >= 0) Libc.close(dupFd);
            throw SystemFailure(errno);
        }
        return new MemoryMap(data, length, offset, dupFd, access);
    }

    void CheckValid()
    {
        if (_data == 0) throw Ops.ValueError("mmap closed or invalid");
    }

    void CheckWritable()
    {
        if (_access == AccessRead) throw Ops.TypeError("mmap can't modify a readonly memory map.");
    }

    void CheckResizable()
    {
        if (_access == AccessWrite || _access == AccessDefault) return;
        throw Ops.TypeError("mmap can't resize a readonly or copy-on-write memory map.");
    }

    Span<byte> Bytes => new((void*)_data, (int)_size);

    public override int Len() { CheckValid(); return (int)_size; }

    public override PyObject GetItem(PyObject key)
    {
        CheckValid();
        if (key is PySlice slice)
        {
            slice.Indices(_size, out int start, out int stop, out int step, out int count);
            if (count <= 0) return PyStr.Empty;
            if (step == 1) return PyStr.FromBytes(Bytes.Slice(start, count));
            var result = new byte[count];
            for (int i = 0, j = start; i < count; i++, j += step) result[i] = Bytes[j];
            return PyStr.Wrap(result);
        }
        long index = Index(key);
        return PyStr.FromBytes(Bytes.Slice((int)index, 1));
    }

    long Index(PyObject key)
    {
        var i = key.Index() ?? throw Ops.TypeError("mmap indices must be integers");
        long index = Ops.IndexToLongArg(i);
        if (index < 0) index += _size;
        if (index < 0 || index >= _size) throw Ops.IndexError("mmap index out of range");
        return index;
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        CheckValid();
        if (key is PySlice slice)
        {
            slice.Indices(_size, out int start, out int stop, out int step, out int count);
            if (value is not PyStr s) throw Ops.IndexError("mmap slice assignment must be a string");
            if (s.Length != Math.Max(count, 0)) throw Ops.IndexError("mmap slice assignment is wrong size");
            CheckWritable();
            if (count <= 0) return;
            if (step == 1) { s.Bytes.CopyTo(Bytes.Slice(start)); return; }
            for (int i = 0, j = start; i < count; i++, j += step) Bytes[j] = s.Bytes[i];
            return;
        }
        var ix = key.Index() ?? throw Ops.TypeError("mmap indices must be integers");
        long index = Ops.IndexToLongArg(ix);
        if (index < 0) index += _size;
        if (index < 0 || index >= _size) throw Ops.IndexError("mmap index out of range");
        if (value is not PyStr { Length: 1 } c) throw Ops.IndexError("mmap assignment must be single-character string");
        CheckWritable();
        Bytes[(int)index] = c.Bytes[0];
    }

    public override void DeleteItem(PyObject key) => throw Ops.TypeError("mmap object doesn't support item deletion");

    PyObject Close()
    {
        if (_fd >= 0) { Libc.close(_fd); _fd = -1; }
        if (_data != 0) { munmap(_data, (nuint)_size); _data = 0; }
        return PyNone.None;
    }

    PyObject Read(PyObject n)
    {
        CheckValid();
        long remaining = _pos < _size ? _size - _pos : 0;
        long count = LongArg(n);
        if (count < 0 || count > remaining) count = remaining;
        var result = PyStr.FromBytes(Bytes.Slice((int)_pos, (int)count));
        _pos += count;
        return result;
    }

    PyObject ReadByte()
    {
        CheckValid();
        if (_pos >= _size) throw Ops.ValueError("read byte out of range");
        return PyStr.FromBytes(Bytes.Slice((int)_pos++, 1));
    }

    PyObject ReadLine()
    {
        CheckValid();
        if (_pos >= _size) return PyStr.Empty;
        var rest = Bytes.Slice((int)_pos);
        int nl = rest.IndexOf((byte)'\n');
        int count = nl < 0 ? rest.Length : nl + 1;
        _pos += count;
        return PyStr.FromBytes(rest.Slice(0, count));
    }

    PyObject Write(PyObject data)
    {
        CheckValid();
        if (data is not PyStr s) throw Ops.TypeError($"write() argument 1 must be string or read-only buffer, not {data.TypeName}");
        CheckWritable();
        if (_pos > _size || _size - _pos < s.Length) throw Ops.ValueError("data out of range");
        s.Bytes.CopyTo(Bytes.Slice((int)_pos));
        _pos += s.Length;
        return PyNone.None;
    }

    PyObject WriteByte(PyObject b)
    {
        CheckValid();
        if (b is not PyStr { Length: 1 } s) throw Ops.TypeError(b is PyStr
            ? "write_byte() argument 1 must be char, not str"
            : $"write_byte() argument 1 must be char, not {b.TypeName}");
        CheckWritable();
        if (_pos >= _size) throw Ops.ValueError("write byte out of range");
        Bytes[(int)_pos++] = s.Bytes[0];
        return PyNone.None;
    }

    /// <summary>find/rfind: start and end count from the end when negative, then clamp to the map.</summary>
    PyObject Find(PyObject[] a, bool reverse)
    {
        CheckValid();
        if (a[0] is not PyStr needle) throw Ops.TypeError($"{(reverse ? "rfind" : "find")}() argument 1 must be string or read-only buffer, not {a[0].TypeName}");
        long start = a[1] == null ? _pos : LongArg(a[1]);
        long end = a[2] == null ? _size : LongArg(a[2]);
        if (start < 0) { start += _size; if (start < 0) start = 0; }
        else if (start > _size) start = _size;
        if (end < 0) { end += _size; if (end < 0) end = 0; }
        else if (end > _size) end = _size;
        if (end - start < needle.Length) return PyInt.From(-1);
        var region = Bytes.Slice((int)start, (int)(end - start));
        int found = reverse ? region.LastIndexOf(needle.Bytes) : region.IndexOf(needle.Bytes);
        return PyInt.From(found < 0 ? -1 : start + found);
    }

    PyObject Seek(PyObject dist, PyObject how)
    {
        CheckValid();
        long d = LongArg(dist);
        int whence = how == null ? 0 : (int)LongArg(how);
        long where = whence switch
        {
            0 => d,
            1 => _pos + d,
            2 => _size + d,
            _ => throw Ops.ValueError("unknown seek type"),
        };
        if (where > _size || where < 0) throw Ops.ValueError("seek out of range");
        _pos = where;
        return PyNone.None;
    }

    PyObject Move(PyObject[] a)
    {
        CheckValid();
        long dest = LongArg(a[0]), src = LongArg(a[1]), count = LongArg(a[2]);
        CheckWritable();
        if (dest < 0 || src < 0 || count < 0 || _size - dest < count || _size - src < count)
            throw Ops.ValueError("source, destination, or count out of range");
        Buffer.MemoryCopy((void*)(_data + (nint)src), (void*)(_data + (nint)dest), count, count);
        return PyNone.None;
    }

    PyObject Flush(PyObject[] a)
    {
        CheckValid();
        long offset = a[0] == null ? 0 : LongArg(a[0]);
        long size = a[1] == null ? _size : LongArg(a[1]);
        if (size < 0 || offset < 0 || _size - offset < size) throw Ops.ValueError("flush values out of range");
        if (_access == AccessRead || _access == AccessCopy) return PyInt.From(0);
        if (msync(_data + (nint)offset, (nuint)size, 4 /* MS_SYNC */) != 0) throw SystemFailure();
        return PyInt.From(0);
    }

    PyObject Size()
    {
        CheckValid();
        if (_fd < 0) return PyInt.From(_size);
        long end = Libc.lseek(_fd, 0, 2);
        if (end < 0) throw SystemFailure();
        return PyInt.From(end);
    }

    PyObject Resize(PyObject newSize)
    {
        CheckValid();
        long size = LongArg(newSize);
        CheckResizable();
        if (_fd >= 0 && Libc.ftruncate(_fd, _offset + size) != 0) throw SystemFailure();
        nint moved = mremap(_data, (nuint)_size, (nuint)size, 1 /* MREMAP_MAYMOVE */);
        if (moved == -1) throw SystemFailure();
        _data = moved;
        _size = size;
        return PyNone.None;
    }

    static MemoryMap M(PyObject o) => (MemoryMap)o;

    static void Populate(PyType t)
    {
        t.Dict.SetStr("__module__", PyStr.FromString("mmap"));
        t.Constructor = (type, args, kw) => Create(args, kw);
        t.DefMethod("close", s => M(s).Close());
        t.DefMethod("read", (s, n) => M(s).Read(n));
        t.DefMethod("read_byte", s => M(s).ReadByte());
        t.DefMethod("readline", s => M(s).ReadLine());
        t.DefMethod("write", (s, d) => M(s).Write(d));
        t.DefMethod("write_byte", (s, b) => M(s).WriteByte(b));
        t.DefMethod("find", 1, new[] { "string", "start", "end" }, (s, a) => M(s).Find(a, false));
        t.DefMethod("rfind", 1, new[] { "string", "start", "end" }, (s, a) => M(s).Find(a, true));
        t.DefMethod("seek", 1, new[] { "pos", "whence" }, (s, a) => M(s).Seek(a[0], a[1]));
        t.DefMethod("tell", s => { M(s).CheckValid(); return PyInt.From(M(s)._pos); });
        t.DefMethod("move", 3, new[] { "dest", "src", "count" }, (s, a) => M(s).Move(a));
        t.DefMethod("flush", 0, new[] { "offset", "size" }, (s, a) => M(s).Flush(a));
        t.DefMethod("size", s => M(s).Size());
        t.DefMethod("resize", (s, n) => M(s).Resize(n));
    }
}
