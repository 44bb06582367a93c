class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise AppError("boom", 42)
except AppError as e:
    print(e, e.code, repr(e.args))
class Quiet(AppError):
    pass
try:
    raise Quiet("hush")
except Exception as e:
    print(type(e).__name__, e)
raise AppError("final", 7)
