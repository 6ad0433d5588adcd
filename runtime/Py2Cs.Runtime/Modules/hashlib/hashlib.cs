#pragma warning disable CS8981 // the module class is named as in Python
using System;
using System.Security.Cryptography;
using Py2Cs.Runtime.Modules.hashlib;

namespace Py2Cs.Runtime
{
    /// <summary>The <c>hashlib</c> module of Python 2.7.</summary>
    [PythonModule("hashlib")]
    public static class hashlib
    {
        public static readonly PyObject algorithms = PyTuple.Create(Array.ConvertAll(HashObject.Algorithms, a => (PyObject)PyStr.FromString(a)));
        public static readonly PyObject algorithms_guaranteed = PyFrozenSet.FromIterable(algorithms);
        public static readonly PyObject algorithms_available = PyFrozenSet.FromIterable(algorithms);

        private static PyObject Make(string name, PyObject data)
        {
            var h = HashObject.Create(name);
            if (data != null) h.Update(data);
            return h;
        }

        public static PyObject @new(PyObject name, PyObject @string = null)
        {
            if (name is not PyStr && name is not PyUnicode) throw Ops.TypeError("new() argument 1 must be string, not " + name.TypeName);
            return Make(Ops.StrValue(name), @string);
        }

        public static PyObject md5(PyObject @string = null) => Make("md5", @string);
        public static PyObject sha1(PyObject @string = null) => Make("sha1", @string);
        public static PyObject sha224(PyObject @string = null) => Make("sha224", @string);
        public static PyObject sha256(PyObject @string = null) => Make("sha256", @string);
        public static PyObject sha384(PyObject @string = null) => Make("sha384", @string);
        public static PyObject sha512(PyObject @string = null) => Make("sha512", @string);

        public static PyObject pbkdf2_hmac(PyObject hash_name, PyObject password, PyObject salt, PyObject iterations, PyObject dklen = null)
        {
            string name = Ops.StrValue(hash_name).ToLowerInvariant();
            HashAlgorithmName alg = name switch
            {
                "sha1" => HashAlgorithmName.SHA1, "sha256" => HashAlgorithmName.SHA256, "sha384" => HashAlgorithmName.SHA384,
                "sha512" => HashAlgorithmName.SHA512, "md5" => HashAlgorithmName.MD5,
                _ => throw Ops.ValueError("unsupported hash type " + name),
            };
            long iters = Ops.IndexToLong(iterations);
            if (iters < 1) throw Ops.ValueError("iteration value must be greater than 0.");
            int length = dklen == null || dklen is PyNone ? HashObject.Create(name).DigestSize : (int)Ops.IndexToLong(dklen);
            if (length < 1) throw Ops.ValueError("key length must be greater than 0.");
            byte[] key = Rfc2898DeriveBytes.Pbkdf2(HashObject.BytesOf(password), HashObject.BytesOf(salt), (int)iters, alg, length);
            return PyStr.FromBytes(key);
        }
    }
}
