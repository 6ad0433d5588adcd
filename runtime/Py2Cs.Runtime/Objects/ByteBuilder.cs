using System;

namespace Py2Cs.Runtime;

/// <summary>A growable byte buffer for building str values (reprs, joins) without UTF-16 round trips.</summary>
public sealed class ByteBuilder
{
    byte[] _buffer;
    int _length;

    public ByteBuilder(int capacity = 32) { _buffer = new byte[Math.Max(capacity, 8)]; }

    public int Length => _length;

    void Grow(int extra)
    {
        if (_length + extra <= _buffer.Length) return;
        Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + extra));
    }

    public ByteBuilder Append(byte b) { Grow(1); _buffer[_length++] = b; return this; }
    public ByteBuilder Append(char c) => Append((byte)c);

    public ByteBuilder Append(ReadOnlySpan<byte> bytes)
    {
        Grow(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
        return this;
    }

    public ByteBuilder Append(PyStr s) => Append(s.Bytes);

    /// <summary>Appends a C# string whose chars are all below 256.</summary>
    public ByteBuilder Append(string s)
    {
        Grow(s.Length);
        foreach (char c in s) _buffer[_length++] = (byte)c;
        return this;
    }

    public ReadOnlySpan<byte> AsSpan() => _buffer.AsSpan(0, _length);

    public PyStr ToPyStr() => PyStr.FromBytes(_buffer.AsSpan(0, _length));
    public void Clear() => _length = 0;
}
