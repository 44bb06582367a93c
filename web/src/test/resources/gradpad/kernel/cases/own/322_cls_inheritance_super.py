class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"
class Dog(Animal):
    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = tricks
    def speak(self):
        return "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
p = Puppy("rex", ["sit"])
print(p.describe(), p.tricks)
print(isinstance(p, Animal), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(Animal("cat").describe())
print(type(p).__name__, Puppy.__bases__[0].__name__)
