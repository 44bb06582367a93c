def add(item, bucket=[]):
    bucket.append(item)
    return bucket
print(add(1))
print(add(2))
def add2(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(add2(1), add2(2))
