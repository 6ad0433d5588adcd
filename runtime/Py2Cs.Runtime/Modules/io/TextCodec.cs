using System;
using Py2Cs.Runtime.Modules.codecs;
using Py2Cs.Runtime.Strings;

namespace Py2Cs.Runtime;

/// <summary>
/// The incremental encoder/decoder a TextIOWrapper keeps: chunks are decoded with the runtime's
/// codecs after holding back the bytes of a character split across chunks (UTF-8 sequences,
/// UTF-16/32 code units); a BOM-writing codec writes its BOM only once, as CPython's does.
/// </summary>
internal sealed class TextCodec
{
    readonly string _errors;
    string _decodeName, _encodeName;
    readonly int _unit;          // 1 for byte codecs and UTF-8, 2 for UTF-16, 4 for UTF-32
    readonly bool _utf8;
    readonly bool _bom;          // utf-16 / utf-32 without an explicit byte order
    byte[] _pending = Array.Empty<byte>();

    public TextCodec(string encoding, string errors)
    {
        _errors = errors;
        var codec = CodecCalls.Lookup(encoding);
        if (codec.IsBytesCodec) throw Ops.Error(PyExceptionTypes.LookupError, $"'{encoding}' is not a text encoding");
        _decodeName = _encodeName = codec.Name;
        _utf8 = codec.Name == "utf-8";
        _unit = codec.Name.StartsWith("utf-16") ? 2 : codec.Name.StartsWith("utf-32") ? 4 : 1;
        _bom = codec.Name is "utf-16" or "utf-32";
    }

    public int PendingBytes => _pending.Length;

    public string Decode(ReadOnlySpan<byte> input, bool final)
    {
        byte[] data;
        if (_pending.Length > 0)
        {
            data = new byte[_pending.Length + input.Length];
            _pending.CopyTo(data, 0);
            input.CopyTo(data.AsSpan(_pending.Length));
        }
        else data = input.ToArray();
        int keep = final ? 0 : IncompleteTail(data);
        _pending = keep == 0 ? Array.Empty<byte>() : data[^keep..];
        if (keep > 0) Array.Resize(ref data, data.Length - keep);
        if (data.Length == 0) return "";
        if (_bom && _decodeName == _encodeName)
        {
            // the first chunk decides the byte order; later chunks have no BOM
            bool be = _unit == 2 ? data.Length >= 2 && data[0] == 0xFE && data[1] == 0xFF
                                 : data.Length >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF;
            var first = ((PyUnicode)CodecCalls.Decode(PyStr.Wrap(data), _decodeName, _errors)).Value;
            _decodeName = _decodeName + (be ? "-be" : "-le");
            return first;
        }
        return ((PyUnicode)CodecCalls.Decode(PyStr.Wrap(data), _decodeName, _errors)).Value;
    }

    /// <summary>How many trailing bytes start a character that the next chunk completes.</summary>
    int IncompleteTail(byte[] data)
    {
        if (_unit > 1) return data.Length % _unit;
        if (!_utf8) return 0;
        int n = data.Length;
        for (int back = 1; back <= 3 && back <= n; back++)
        {
            byte b = data[n - back];
            if ((b & 0xC0) == 0x80) continue;   // continuation byte: look further back
            int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return need > back ? back : 0;
        }
        return 0;
    }

    public void ResetDecoder() => _pending = Array.Empty<byte>();

    public byte[] Encode(string text)
    {
        var r = ((PyStr)CodecCalls.Encode(PyUnicode.FromString(text), _encodeName, _errors)).RawBytes;
        if (_bom && !_encodeName.EndsWith("-le") && !_encodeName.EndsWith("-be")) _encodeName += "-le";
        return r;
    }

    /// <summary>After a seek to a non-zero position a BOM-writing encoder must not write its BOM.</summary>
    public void SkipBom()
    {
        if (_bom && !_encodeName.EndsWith("-le") && !_encodeName.EndsWith("-be")) _encodeName += "-le";
    }

    public int EncodedLength(string text) => text.Length == 0 ? 0 : ((PyStr)CodecCalls.Encode(PyUnicode.FromString(text), _encodeName.EndsWith("-le") || _encodeName.EndsWith("-be") || !_bom ? _encodeName : _encodeName + "-le", _errors)).Length;
}
