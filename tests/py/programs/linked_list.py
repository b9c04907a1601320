# singly linked list and queue classes with iteration, len, repr and errors
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
    def reverse(self):
        prev = None
        node = self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll))
ll.reverse()
print(ll, list(ll), sum(ll))
print(ll.pop(), ll.pop(), ll)
print(3 in ll, 9 in ll, max(ll))
while True:
    try:
        print("popped", ll.pop())
    except IndexError as e:
        print("IndexError:", e)
        break
print(ll, len(ll), bool(ll))
words = LinkedList("the quick brown fox".split())
print([w.upper() for w in words if len(w) > 3])
