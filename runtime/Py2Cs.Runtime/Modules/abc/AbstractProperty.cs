using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime.Modules.abc
{
    /// <summary>abc.abstractproperty: a property subclass whose __isabstractmethod__ is True.</summary>
    internal static class AbstractProperty
    {
        public static readonly PyType TypeObject = new PythonClassBuilder("abc", "abstractproperty", PyProperty.TypeObject)
            .Attribute("__doc__", PyStr.FromString("A decorator indicating abstract properties.\n\n    Requires that the metaclass is ABCMeta or derived from it.  A\n    class that has a metaclass derived from ABCMeta cannot be\n    instantiated unless all of its abstract properties are overridden.\n    The abstract properties can be called using any of the normal\n    'super' call mechanisms.\n\n    Usage:\n\n        class C:\n            __metaclass__ = ABCMeta\n            @abstractproperty\n            def my_abstract_property(self):\n                ...\n\n    This defines a read-only property; you can also define a read-write\n    abstract property using the 'long' form of property declaration:\n\n        class C:\n            __metaclass__ = ABCMeta\n            def getx(self): ...\n            def setx(self, value): ...\n            x = abstractproperty(getx, setx)\n    "))
            .Attribute("__isabstractmethod__", PyBool.True)
            .Build();
    }
}
