using System;
using Py2Cs.Runtime.Modules.codecs;

namespace Py2Cs.Runtime.Strings
{
    /// <summary>
    /// str/unicode encode() and decode() on top of the codec engine, with Python 2's detours: encoding
    /// a str first decodes it as ASCII, decoding a unicode first encodes it as ASCII, and the str→str
    /// codecs (hex, base64, string_escape) take and give str. Codec failures become Python exceptions.
    /// </summary>
    internal static class CodecCalls
    {
        public static PyObject Decode(PyStr s, string encoding, string errors)
        {
            Codec codec = Lookup(encoding);
            string text = Run(() => codec.Decode(s.RawBytes, errors), s, null, codec);
            return codec.IsBytesCodec ? PyStr.FromString(text) : PyUnicode.FromString(text);
        }

        public static PyObject Encode(PyStr s, string encoding, string errors)
        {
            Codec codec = Lookup(encoding);
            if (codec.IsBytesCodec) return PyStr.Wrap(Run(() => codec.Encode(s.ToString(), errors), s, null, codec));
            return Encode(PyUnicode.FromStr(s), codec, errors);
        }

        public static PyObject Encode(PyUnicode u, string encoding, string errors) => Encode(u, Lookup(encoding), errors);

        static PyObject Encode(PyUnicode u, Codec codec, string errors)
        {
            if (codec.IsBytesCodec) return Encode(AsciiStr(u), codec.Name, errors);
            return PyStr.Wrap(Run(() => codec.Encode(u.Value, errors), null, u, codec));
        }

        public static PyObject Decode(PyUnicode u, string encoding, string errors) => Decode(AsciiStr(u), encoding, errors);

        /// <summary>unicode → str with the default encoding (ASCII).</summary>
        public static PyStr AsciiStr(PyUnicode u) => PyStr.Wrap(Run(() => RangeCodec.Ascii.Encode(u.Value, "strict"), null, u, RangeCodec.Ascii));

        public static Codec Lookup(string encoding)
        {
            Codec codec = CodecRegistry.Find(encoding);
            if (codec == null) throw LookupError("unknown encoding: " + encoding);
            return codec;
        }

        static int CodePointIndex(string text, int utf16Index)
        {
            int n = 0;
            for (int i = 0; i < utf16Index && i < text.Length; i++, n++)
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            return n;
        }

        static PythonException LookupError(string message) => Ops.Error(PyExceptionTypes.LookupError, message);

        static T Run<T>(Func<T> action, PyStr decoding, PyUnicode encoding, Codec codec)
        {
            try
            {
                return action();
            }
            catch (CodecFailure f)
            {
                if (f.Encoding)
                {
                    // The codecs work on UTF-16; Python positions count code points.
                    int start = CodePointIndex(f.Text, f.Start), end = CodePointIndex(f.Text, f.End);
                    throw new PythonException(PyBaseException.UnicodeEncodeError(f.CodecName, encoding ?? PyUnicode.FromString(f.Text), start, end, f.Reason));
                }
                throw new PythonException(PyBaseException.UnicodeDecodeError(f.CodecName, decoding ?? PyStr.Wrap(f.Bytes), f.Start, f.End, f.Reason));
            }
            catch (CodecLookupFailure f) { throw LookupError(f.Message); }
            catch (CodecTypeFailure f) { throw Ops.TypeError(f.Message); }
            catch (CodecValueFailure f) { throw Ops.ValueError(f.Message); }
            catch (CodecBinasciiFailure f) { throw Ops.ValueError(f.Message); }
        }
    }
}
