# Richards: an operating-system task scheduler simulation (devices, handlers,
# an idle task and a worker exchanging packets). Our own Python 2 rendition
# of the classic benchmark's structure, written for py2cs's benchmarks.
import sys

I_IDLE, I_WORK, I_HANDLER_A, I_HANDLER_B, I_DEV_A, I_DEV_B = range(1, 7)
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4


class Packet(object):
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst


class TaskState(object):
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def packet_pending_state(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting_state(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def running_state(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting_with_packet_state(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_held_or_suspended(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Scheduler(object):
    def __init__(self):
        self.tasks = [None] * 10
        self.task_list = None
        self.current = None
        self.current_id = 0
        self.hold_count = 0
        self.qpkt_count = 0

    def add(self, task):
        self.tasks[task.ident] = task
        self.task_list = task

    def find(self, ident):
        t = self.tasks[ident]
        if t is None:
            raise ValueError('bad task id %d' % ident)
        return t

    def hold_current(self):
        self.hold_count += 1
        self.current.task_holding = True
        return self.current.link

    def wait_current(self):
        self.current.task_waiting = True
        return self.current

    def release(self, ident):
        t = self.find(ident)
        t.task_holding = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def queue(self, packet):
        t = self.find(packet.ident)
        self.qpkt_count += 1
        packet.link = None
        packet.ident = self.current_id
        return t.add_packet(packet, self.current)

    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.is_held_or_suspended():
                t = t.link
            else:
                self.current = t
                self.current_id = t.ident
                t = t.run_task()


class Task(TaskState):
    def __init__(self, sched, ident, priority, wkq, link):
        TaskState.__init__(self)
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.input = wkq
        self.link = link
        if wkq is None:
            self.waiting_state()
            self.packet_pending = False
        sched.add(self)

    def add_packet(self, packet, old):
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            self.input = packet.append_to(self.input)
        return old

    def run_task(self):
        if self.is_waiting_with_packet():
            msg = self.input
            self.input = msg.link
            if self.input is None:
                self.running_state()
            else:
                self.packet_pending_state()
        else:
            msg = None
        return self.step(msg)


class IdleTask(Task):
    def __init__(self, sched, ident, priority, wkq, link, count):
        Task.__init__(self, sched, ident, priority, wkq, link)
        self.control = 1
        self.count = count
        self.running_state()

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_current()
        if self.control & 1 == 0:
            self.control = self.control / 2
            return self.sched.release(I_DEV_A)
        self.control = (self.control / 2) ^ 0xd008
        return self.sched.release(I_DEV_B)


class WorkTask(Task):
    def __init__(self, sched, ident, priority, wkq, link):
        Task.__init__(self, sched, ident, priority, wkq, link)
        self.destination = I_HANDLER_A
        self.count = 0

    def step(self, packet):
        if packet is None:
            return self.sched.wait_current()
        if self.destination == I_HANDLER_A:
            self.destination = I_HANDLER_B
        else:
            self.destination = I_HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = ord('A') + self.count - 1
        return self.sched.queue(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, wkq, link):
        Task.__init__(self, sched, ident, priority, wkq, link)
        self.work_in = None
        self.device_in = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == K_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        if self.work_in is not None:
            work = self.work_in
            count = work.datum
            if count >= BUFSIZE:
                self.work_in = work.link
                return self.sched.queue(work)
            if self.device_in is not None:
                dev = self.device_in
                self.device_in = dev.link
                dev.datum = work.data[count]
                work.datum = count + 1
                return self.sched.queue(dev)
        return self.sched.wait_current()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, wkq, link):
        Task.__init__(self, sched, ident, priority, wkq, link)
        self.pending = None

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.wait_current()
            p = self.pending
            self.pending = None
            return self.sched.queue(p)
        self.pending = packet
        return self.sched.hold_current()


def run_once(count):
    sched = Scheduler()
    IdleTask(sched, I_IDLE, 1, None, sched.task_list, count)
    wkq = Packet(None, 0, K_WORK)
    wkq = Packet(wkq, 0, K_WORK)
    WorkTask(sched, I_WORK, 1000, wkq, sched.task_list)
    wkq = Packet(None, I_DEV_A, K_DEV)
    wkq = Packet(wkq, I_DEV_A, K_DEV)
    wkq = Packet(wkq, I_DEV_A, K_DEV)
    HandlerTask(sched, I_HANDLER_A, 2000, wkq, sched.task_list)
    wkq = Packet(None, I_DEV_B, K_DEV)
    wkq = Packet(wkq, I_DEV_B, K_DEV)
    wkq = Packet(wkq, I_DEV_B, K_DEV)
    HandlerTask(sched, I_HANDLER_B, 3000, wkq, sched.task_list)
    DeviceTask(sched, I_DEV_A, 4000, None, sched.task_list)
    DeviceTask(sched, I_DEV_B, 5000, None, sched.task_list)
    sched.schedule()
    return sched.qpkt_count, sched.hold_count


if __name__ == '__main__':
    iterations = 20
    if len(sys.argv) > 1:
        iterations = int(sys.argv[1])
    total_q = total_h = 0
    for it in range(iterations):
        q, h = run_once(10000)
        total_q += q
        total_h += h
    print 'richards', iterations, total_q, total_h
