# Private name mangling: __name inside a class body is _Class__name (attributes, methods,
# parameters, class attributes); dunders, keyword arguments and outside access are not mangled.
class A:
    __cls_attr = 1
    def __init__(self, __v=3):
        self.__secret = __v
        self.__dunder__ = 2
    def __hidden(self):
        return self.__secret
    def show(self):
        return self.__hidden(), A.__cls_attr, self._A__secret
    def kw(self):
        def f(**kw):
            return kw
        return f(__x=1)
class _B(A):
    def peek(self):
        try:
            return self.__secret
        except AttributeError as e:
            return str(e)
class ___:
    def __init__(self):
        self.__x = 1
a = A()
print(a.show(), a.kw(), hasattr(A, '_A__cls_attr'), hasattr(A, '_A__hidden'), hasattr(A, '__hidden'))
print(sorted(a.__dict__))
print(_B().peek())
print(___().__dict__ if hasattr(___(), '__dict__') else None)
try:
    a.__secret
except AttributeError as e:
    print(e)
print(A._A__cls_attr)
