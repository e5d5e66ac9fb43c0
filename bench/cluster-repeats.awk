# Classifies (GNU awk) the Message-IDs a mailbox received more than once in the cluster drill (bench/cluster.sh).
#
# Input, two files: (1) "<count> <mailbox> <Message-ID>" per repeated Message-ID; (2) the nodes' send events in time
# order, tab-separated "<time> <event> <node> <pid> <notification id> <Message-ID>", extracted from the node logs:
#   S  "Sending notification N ... as <id> on node pid@host"   the claim is committed, SMTP is about to be talked to
#   E  "Notification N ... sent as <id> by node pid@host"       the SENT mark is committed
#   W  "... but another node had settled it meanwhile"          sent although another node had marked it (claim lapsed)
#   F  "Notification N ... not sent by node pid@host"           the attempt failed and was recorded
#   K  "=== kill -9 pid P done at T" (the drill's own marker)   the node was dead at T
#
# A repeat is *unavoidable* when the row's attempts form one chain: every attempt but the last was cut off by its
# node's kill -9 (Sending line, neither sent nor failed line from that process, a kill of that process after it) or
# failed and was recorded; each attempt started only after the one before had ended (no two nodes sending at once);
# exactly one attempt committed SENT, the last; and the mailbox got no more copies than killed attempts + 1. Anything
# else (two live nodes at once, a send after a committed SENT, a copy without a killed attempt) is a *real duplicate*.
#
# Output, per repeated Message-ID: "<unavoidable|duplicate>\t<Message-ID>\t<mailbox>\t<count>\t<notification id>\t
# <reason>".
BEGIN { FS = "\t" }

FNR == NR {
    split($0, f, " ")
    copies[f[3]] = f[1]
    mailbox[f[3]] = f[2]
    next
}

$2 == "K" {
    for (key in open) {
        split(key, k, SUBSEP)
        if (k[2] == $3 "/" $4) {
            history[k[1]] = history[k[1]] "; node " $3 " (pid " $4 ") killed at " $1
            killed[k[1]]++
            delete open[key]
            running[k[1]]--
        }
    }
    next
}

{
    n = $5
    if ($2 == "S") {
        if (!($6 in copies)) next
        notification[$6] = n
        watched[n] = 1
    }
    if (!(n in watched)) next
    who = $3 "/" $4
    if ($2 == "S") {
        if (running[n] > 0) concurrent[n] = 1
        if (sent[n] > 0) afterSent[n] = 1
        open[n, who] = 1
        running[n]++
        history[n] = history[n] (history[n] == "" ? "" : "; ") "node " $3 " (pid " $4 ") began sending at " $1
    } else if ((n, who) in open) {
        delete open[n, who]
        running[n]--
        if ($2 == "E") history[n] = history[n] "; node " $3 " sent at " $1
        else if ($2 == "W") history[n] = history[n] "; node " $3 " sent at " $1 " but another node had settled it"
        else if ($2 == "F") history[n] = history[n] "; node " $3 " failed at " $1
        if ($2 == "E") sent[n]++
        if ($2 == "W") warned[n] = 1
    } else {
        history[n] = history[n] "; end line of node " $3 " (pid " $4 ") without its Sending line at " $1
        stray[n] = 1
    }
}

END {
    for (id in copies) {
        n = notification[id]
        if (n == "") {
            print "duplicate\t" id "\t" mailbox[id] "\t" copies[id] "\t-\tno node logged sending it"
            continue
        }
        why = ""
        if (concurrent[n]) why = why " two attempts overlapped;"
        if (afterSent[n]) why = why " sent again after a committed SENT;"
        if (warned[n]) why = why " a node's claim lapsed while it sent;"
        if (stray[n]) why = why " unmatched log lines;"
        if (running[n] > 0) why = why " an attempt never ended and its node was not killed;"
        if (sent[n] != 1) why = why " " (sent[n] + 0) " committed sends;"
        if (killed[n] + 0 == 0) why = why " no attempt was cut off by a kill;"
        if (copies[id] > killed[n] + 1) why = why " " copies[id] " copies but only " (killed[n] + 0) " killed attempt(s);"
        verdict = why == "" ? "unavoidable" : "duplicate"
        print verdict "\t" id "\t" mailbox[id] "\t" copies[id] "\t" n "\t" (why == "" ? "" : "[" substr(why, 2) " ] ") \
            history[n]
    }
}
