using zipfileModule = Py2Cs.Runtime.zipfile;
using System;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.tarfile.TarCalls;

namespace Py2Cs.Runtime.Modules.zipfile
{
    /// <summary>
    /// zipfile.ZipInfo, a Python class with 2.7's __slots__: FileHeader builds the local header
    /// exactly as struct.pack does in zipfile.py, _encodeFilenameFlags sets the UTF-8 flag for
    /// non-ASCII unicode names, _decodeExtra reads zip64 sizes.
    /// </summary>
    internal static class ZipInfoClass
    {
        private static readonly string[] Slots =
        {
            "orig_filename", "filename", "date_time", "compress_type", "comment", "extra", "create_system", "create_version",
            "extract_version", "reserved", "flag_bits", "volume", "internal_attr", "external_attr", "header_offset", "CRC",
            "compress_size", "file_size", "_raw_time",
        };

        public static (int time, int date) DosDateTime(PyObject dt)
        {
            long F(int i) => L(Ops.GetItem(dt, I(i)));
            int dosdate = (int)((F(0) - 1980) << 9 | F(1) << 5 | F(2));
            int dostime = (int)(F(3) << 11 | F(4) << 5 | F(5) / 2);
            return (dostime, dosdate);
        }

        public static PyType Build()
        {
            var slots = new PyObject[Slots.Length];
            for (int i = 0; i < Slots.Length; i++) slots[i] = S(Slots[i]);
            return new PythonClassBuilder("zipfile", "ZipInfo", PyType.ObjectType)
                .Attribute("__doc__", S("Class with attributes describing each file in the ZIP archive."))
                .Attribute("__slots__", PyTuple.Create(slots))
                .Method("__init__", new[] { "self", "filename", "date_time" }, a =>
                {
                    PyObject self = a[0], filename = a[1], dateTime = a[2];
                    Set(self, "orig_filename", filename);
                    long nul = L(Ops.CallMethod(filename, "find", S("\0")));
                    if (nul >= 0) filename = Ops.GetSlice(filename, I(0), I(nul));
                    Set(self, "filename", filename);
                    Set(self, "date_time", dateTime);
                    if (Ops.Less(Ops.GetItem(dateTime, I(0)), I(1980))) throw Ops.ValueError("ZIP does not support timestamps before 1980");
                    Set(self, "compress_type", I(0));
                    Set(self, "comment", S(""));
                    Set(self, "extra", S(""));
                    Set(self, "create_system", I(3));
                    Set(self, "create_version", I(20));
                    Set(self, "extract_version", I(20));
                    Set(self, "reserved", I(0));
                    Set(self, "flag_bits", I(0));
                    Set(self, "volume", I(0));
                    Set(self, "internal_attr", I(0));
                    Set(self, "external_attr", I(0));
                    return None;
                }, new[] { S("NoName"), PyTuple.Create(I(1980), I(1), I(1), I(0), I(0), I(0)) })
                .Method("FileHeader", new[] { "self", "zip64" }, a => FileHeader(a[0], a[1]), new[] { None })
                .Method("_encodeFilenameFlags", new[] { "self" }, a =>
                {
                    PyObject filename = Get(a[0], "filename");
                    if (filename is PyUnicode u)
                    {
                        try { return PyTuple.Create(Ops.CallMethod(u, "encode", S("ascii")), Get(a[0], "flag_bits")); }
                        catch (PythonException e) when (e.Matches(PyExceptionTypes.UnicodeEncodeError))
                        {
                            return PyTuple.Create(Ops.CallMethod(u, "encode", S("utf-8")), Ops.BitOr(Get(a[0], "flag_bits"), I(0x800)));
                        }
                    }
                    return PyTuple.Create(filename, Get(a[0], "flag_bits"));
                })
                .Method("_decodeFilename", new[] { "self" }, a =>
                    (L(Get(a[0], "flag_bits")) & 0x800) != 0 ? Ops.CallMethod(Get(a[0], "filename"), "decode", S("utf-8")) : Get(a[0], "filename"))
                .Method("_decodeExtra", new[] { "self" }, a => DecodeExtra(a[0]))
                .Build();
        }

        private static PyObject FileHeader(PyObject self, PyObject zip64Arg)
        {
            var (dostime, dosdate) = DosDateTime(Get(self, "date_time"));
            long flagBitsRaw = L(Get(self, "flag_bits"));
            long crc, compressSize, fileSize;
            if ((flagBitsRaw & 0x08) != 0) crc = compressSize = fileSize = 0;
            else
            {
                crc = L(Get(self, "CRC"));
                compressSize = L(Get(self, "compress_size"));
                fileSize = L(Get(self, "file_size"));
            }
            byte[] extra = Bytes(Get(self, "extra"));
            bool zip64 = zip64Arg is PyNone ? fileSize > ZipRecords.Zip64Limit || compressSize > ZipRecords.Zip64Limit : True(zip64Arg);
            if (zip64)
                extra = new ZipRecords.Writer().Raw(extra).H(1).H(16).Q(fileSize).Q(compressSize).ToArray();
            if (fileSize > ZipRecords.Zip64Limit || compressSize > ZipRecords.Zip64Limit)
            {
                if (!zip64) throw Raise(zipfileModule.LargeZipFile, "Filesize would require ZIP64 extensions");
                fileSize = compressSize = 0xffffffff;
                Set(self, "extract_version", I(Math.Max(45, L(Get(self, "extract_version")))));
                Set(self, "create_version", I(Math.Max(45, L(Get(self, "extract_version")))));
            }
            var enc = Ops.UnpackSequence(Call(self, "_encodeFilenameFlags"), 2);
            byte[] filename = Bytes(enc[0]);
            byte[] header = new ZipRecords.Writer().Sig(3, 4)
                .B(L(Get(self, "extract_version"))).B(L(Get(self, "reserved"))).H(L(enc[1]))
                .H(L(Get(self, "compress_type"))).H(dostime).H(dosdate).L(crc).L(compressSize).L(fileSize)
                .H(filename.Length).H(extra.Length).Raw(filename).Raw(extra).ToArray();
            return PyStr.FromBytes(header);
        }

        private static PyObject DecodeExtra(PyObject self)
        {
            byte[] extra = Bytes(Get(self, "extra"));
            int pos = 0;
            while (extra.Length - pos >= 4)
            {
                int tp = ZipRecords.H(extra, pos), ln = ZipRecords.H(extra, pos + 2);
                if (tp == 1)
                {
                    long[] counts;
                    if (ln >= 24) counts = new[] { ZipRecords.Q(extra, pos + 4), ZipRecords.Q(extra, pos + 12), ZipRecords.Q(extra, pos + 20) };
                    else if (ln == 16) counts = new[] { ZipRecords.Q(extra, pos + 4), ZipRecords.Q(extra, pos + 12) };
                    else if (ln == 8) counts = new[] { ZipRecords.Q(extra, pos + 4) };
                    else if (ln == 0) counts = Array.Empty<long>();
                    else throw Ops.Error(PyExceptionTypes.RuntimeError, "Corrupt extra field " + ln);
                    int idx = 0;
                    long fs = L(Get(self, "file_size"));
                    if (fs == 0xffffffffL || fs == -1) Set(self, "file_size", new PyLong(counts[idx++]));
                    if (L(Get(self, "compress_size")) == 0xffffffffL) Set(self, "compress_size", new PyLong(counts[idx++]));
                    if (L(Get(self, "header_offset")) == 0xffffffffL) Set(self, "header_offset", new PyLong(counts[idx++]));
                }
                pos += ln + 4;
            }
            return None;
        }
    }
}
