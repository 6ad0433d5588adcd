namespace Py2Cs.Runtime.Modules.ConfigParser
{
    /// <summary>The Python-invisible holder of a parser's <see cref="ConfigDocument"/>, kept in the instance dict.</summary>
    internal sealed class ConfigDocumentHandle : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("_ConfigDocument", () => PyType.ObjectType, _ => { });

        public readonly ConfigDocument Document;

        public ConfigDocumentHandle(ConfigDocument document) { Document = document; }

        public override PyType Type => TypeObject;
    }
}
