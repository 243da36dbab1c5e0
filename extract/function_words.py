"""Words that start no noun: after a numeral they say at once that it counts nothing ("2020 của",
"5 về việc", "10 đến năm"), so the POS tagger is not asked (on real bulletins most of its calls
were for these). Only words that never begin a compound noun are listed: "bao" (bao bì), "tăng"
(tăng trưởng), "không" (không khí), "so" (so sánh), and "khi", "khoảng", which it may
read as nouns, are left to the tagger."""

FUNCTION_WORDS = frozenset(
    """của về đến tới với và là do nhằm cho trong theo tại từ được đã đang sẽ các những mỗi này
    thì mà để như nhưng hoặc hay bị vì bởi trên dưới cũng vẫn đều chưa nên rất thêm gồm qua ở""".split()
)
