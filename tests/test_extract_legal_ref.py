"""legal_ref facts: an oracle written from ../shared/spec/facts.md and the dev-set conventions.

REFS rows: sentence -> [(code, doc_type, issued, issuer, issuer_from_code)] in text order.
SHAPES rows: sentence -> [(text, code, number, year)] in text order.
`ANY` marks a field the spec leaves open for that case (e.g. issuer bodies it does not list).
"""
from unittest.mock import ANY

import pytest
from factcheck import checked_facts

TTG, CP, BCT, BTC, UBND, QH = (
    "Thủ tướng Chính phủ", "Chính phủ", "Bộ Công Thương", "Bộ Tài chính", "Ủy ban nhân dân", "Quốc hội")


def refs_of(text):
    got = [f for f in checked_facts(text) if f["type"] == "legal_ref"]
    for f in got:
        for key in ("code", "doc_type", "number", "year", "issued", "issuer", "issuer_from_code"):
            assert key in f, f"legal_ref without {key!r}: {f}"
        assert isinstance(f["number"], str), f
        assert f["year"] is None or type(f["year"]) is int, f
    return got


REFS = [
    # the issue date in a bracket right after the symbol, or after "ngày" doubled by a slip
    ("Thực hiện Nghị quyết số 57-NQ/TW (22/12/2024) của Bộ Chính trị về khoa học.",
     [("57-NQ/TW", "Nghị quyết", "2024-12-22", "Bộ Chính trị", ANY)]),
    ("Theo Báo cáo số 215/BC-STC ngày ngày 09 tháng 10 năm 2023 của Sở Tài chính.",
     [("215/BC-STC", "Báo cáo", "2023-10-09", "Sở Tài chính", ANY)]),
    # --- types the symbol names when the words before it do not ------------------------------------
    ("Văn bản hợp nhất số 03/VBHN-BCT ngày 12/02/2019 thay cho các thông tư riêng lẻ.",
     [("03/VBHN-BCT", "Văn bản hợp nhất", "2019-02-12", None, BCT)]),
    ("Hai bên ký số 15/2021/HĐ-XD để thi công đường giao thông nội đồng.",
     [("15/2021/HĐ-XD", "Hợp đồng", None, None, None)]),
    # --- the usual form: type word, số, symbol, date, issuer --------------------------------------
    ("Thực hiện Quyết định số 1288/QĐ-TTg ngày 01/8/2014 của Thủ tướng Chính phủ về Chương trình "
     "khuyến công quốc gia, Sở Công Thương đã xây dựng kế hoạch hằng năm.",
     [("1288/QĐ-TTg", "Quyết định", "2014-08-01", TTG, TTG)]),
    ("Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21 tháng 5 năm 2012 của Chính phủ về khuyến công;",
     [("45/2012/NĐ-CP", "Nghị định", "2012-05-21", CP, CP)]),
    ("Quyết định số 1600/QĐ-TTg ngày 16/6/2016 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu "
     "quốc gia xây dựng nông thôn mới được triển khai đồng bộ.",
     [("1600/QĐ-TTg", "Quyết định", "2016-06-16", TTG, TTG)]),
    ("Thông tư số 28/2018/TT-BCT ngày 27/9/2018 của Bộ Công Thương quy định chi tiết một số nội dung "
     "về khuyến công.",
     [("28/2018/TT-BCT", "Thông tư", "2018-09-27", BCT, BCT)]),
    ("Việc lập dự toán thực hiện theo Thông tư số 36/2018/TT-BTC ngày 30/3/2018 của Bộ Tài chính.",
     [("36/2018/TT-BTC", "Thông tư", "2018-03-30", BTC, BTC)]),
    ("Triển khai Kế hoạch số 135/KH-UBND ngày 08/6/2022 của UBND tỉnh về phát triển thương mại điện tử.",
     [("135/KH-UBND", "Kế hoạch", "2022-06-08", "UBND tỉnh", UBND)]),
    ("Báo cáo số 310/BC-UBND ngày 20/12/2023 của UBND huyện.",
     [("310/BC-UBND", "Báo cáo", "2023-12-20", "UBND huyện", UBND)]),
    ("Quyết định số 1719/QĐ-TTg ngày 14 tháng 10 năm 2021 của Thủ tướng Chính phủ phê duyệt Chương trình "
     "mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.",
     [("1719/QĐ-TTg", "Quyết định", "2021-10-14", TTG, TTG)]),
    ("Kế hoạch 221/KH-UBND ngày 2/10/2023 đã giao chỉ tiêu cụ thể cho từng huyện.",
     [("221/KH-UBND", "Kế hoạch", "2023-10-02", None, UBND)]),
    ("Căn cứ Chỉ thị số 03/CT-UBND ngày 5 tháng 3 năm 2021 về tăng cường công tác quản lý thị trường;",
     [("03/CT-UBND", "Chỉ thị", "2021-03-05", None, UBND)]),
    ("Sở nhận được Công văn số 123/SCT-QLTM ngày 20/4/2023 của Sở Công Thương về tăng cường kiểm tra.",
     [("123/SCT-QLTM", "Công văn", "2023-04-20", "Sở Công Thương", ANY)]),
    ("Hướng dẫn số 25/HD-SNN ngày 10/3/2022 của Sở Nông nghiệp và Phát triển nông thôn về quy trình "
     "đánh giá sản phẩm OCOP.",
     [("25/HD-SNN", "Hướng dẫn", "2022-03-10", "Sở Nông nghiệp và Phát triển nông thôn", ANY)]),
    ("Theo Bản án số 12/2020/HS-ST ngày 15/7/2020 của Tòa án nhân dân huyện, bị cáo phải bồi thường.",
     [("12/2020/HS-ST", "Bản án", "2020-07-15", "Tòa án nhân dân huyện", ANY)]),
    ("Thực hiện Công văn số 845/CTĐP-KC ngày 20/11/2023 của Cục Công Thương địa phương, Sở đã báo cáo kết quả.",
     [("845/CTĐP-KC", "Công văn", "2023-11-20", "Cục Công Thương địa phương", ANY)]),
    ("Theo Quyết định số 77/QĐ-BQL ngày 3/3/2022 của Ban Quản lý các khu công nghiệp tỉnh, dự án được điều chỉnh.",
     [("77/QĐ-BQL", "Quyết định", "2022-03-03", "Ban Quản lý các khu công nghiệp tỉnh", ANY)]),
    ("Nghị quyết số 05/NQ-HĐND ngày 10/4/2023 của HĐND xã An Bình.",
     [("05/NQ-HĐND", "Nghị quyết", "2023-04-10", "HĐND xã An Bình", ANY)]),
    # --- year inside the symbol, National Assembly, laws ------------------------------------------
    ("Thực hiện Nghị quyết số 29/2021/QH15 của Quốc hội về kế hoạch đầu tư công trung hạn.",
     [("29/2021/QH15", "Nghị quyết", None, QH, QH)]),
    ("Luật Đất đai số 31/2024/QH15 có hiệu lực từ ngày 01/8/2024.",
     [("31/2024/QH15", "Luật", None, None, QH)]),
    ("Căn cứ Luật Đầu tư số 61/2020/QH14;",
     [("61/2020/QH14", "Luật", None, None, QH)]),
    ("Nghị định số 57/2018/NĐ-CP về cơ chế khuyến khích doanh nghiệp đầu tư vào nông nghiệp đã được "
     "nhiều địa phương áp dụng.",
     [("57/2018/NĐ-CP", "Nghị định", None, None, CP)]),
    ("Mức chi thực hiện theo Thông tư số 15/2017/TT-BTC.",
     [("15/2017/TT-BTC", "Thông tư", None, None, BTC)]),
    ("Theo Quyết định số 12/2018/QĐ-TTg, các tỉnh rà soát lại danh mục.",
     [("12/2018/QĐ-TTg", "Quyết định", None, None, TTG)]),
    # --- joint circulars -----------------------------------------------------------------------
    ("Thông tư liên tịch số 26/2014/TTLT-BTC-BCT quy định việc quản lý kinh phí khuyến công đã hết hiệu lực.",
     [("26/2014/TTLT-BTC-BCT", "Thông tư liên tịch", None, None, "Bộ Tài chính; Bộ Công Thương")]),
    ("Căn cứ Thông tư liên tịch số 09/2013/TTLT-BCT-BTC hướng dẫn thực hiện chương trình;",
     [("09/2013/TTLT-BCT-BTC", "Thông tư liên tịch", None, None, "Bộ Công Thương; Bộ Tài chính")]),
    # --- party documents ---------------------------------------------------------------------------
    ("Quán triệt Nghị quyết số 15-NQ/TW của Bộ Chính trị, tỉnh đã ban hành chương trình hành động.",
     [("15-NQ/TW", "Nghị quyết", None, "Bộ Chính trị", ANY)]),
    ("Thực hiện Nghị quyết số 15-NQ/ĐUB ngày 10/01/2021 về công tác xây dựng Đảng.",
     [("15-NQ/ĐUB", "Nghị quyết", "2021-01-10", None, ANY)]),
    ("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo "
     "tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
     [("05-CT/TW", "Chỉ thị", "2016-05-15", "Bộ Chính trị", ANY)]),
    ("Kết luận số 21-KL/TW đặt ra yêu cầu mới cho công tác xây dựng Đảng.",
     [("21-KL/TW", "Kết luận", None, None, ANY)]),
    ("Chương trình số 10-CTr/TU ngày 03/02/2021 của Tỉnh ủy về phát triển nông nghiệp hàng hóa.",
     [("10-CTr/TU", "Chương trình", "2021-02-03", "Tỉnh ủy", ANY)]),
    ("Quy định số 08-QyĐ/TW nêu rõ trách nhiệm nêu gương của cán bộ, đảng viên.",
     [("08-QyĐ/TW", "Quy định", None, None, ANY)]),
    # --- no "số", abbreviations, lower case, upper case, "số:" -------------------------------------
    ("Theo Quyết định 102/2009/QĐ-TTg, hộ nghèo ở vùng khó khăn được hỗ trợ trực tiếp.",
     [("102/2009/QĐ-TTg", "Quyết định", None, None, TTG)]),
    ("Các địa phương triển khai Thông tư 05/2019/TT-BNNPTNT về kiểm tra an toàn thực phẩm.",
     [("05/2019/TT-BNNPTNT", "Thông tư", None, None, ANY)]),
    ("UBND tỉnh ban hành QĐ số 2150/QĐ-UBND ngày 25/9/2020 về việc phê duyệt danh mục sản phẩm.",
     [("2150/QĐ-UBND", "Quyết định", "2020-09-25", None, UBND)]),
    ("HĐND tỉnh thông qua NQ số 12/2021/NQ-HĐND về mức hỗ trợ phát triển sản xuất.",
     [("12/2021/NQ-HĐND", "Nghị quyết", None, None, ANY)]),
    ("Các huyện thực hiện theo quyết định số 789/QĐ-UBND của UBND tỉnh.",
     [("789/QĐ-UBND", "Quyết định", None, "UBND tỉnh", UBND)]),
    ("Tờ trình số 40/TTr-UBND ngày 12/11/2022 đề nghị HĐND tỉnh xem xét.",
     [("40/TTr-UBND", "Tờ trình", "2022-11-12", None, UBND)]),
    ("Theo tờ trình số 190/TTr-SCT, nhu cầu vốn khuyến công năm sau tăng.",
     [("190/TTr-SCT", "Tờ trình", None, None, ANY)]),
    ("Sở Kế hoạch và Đầu tư nhận được văn bản số 15559/BTC-NSNN của Bộ Tài chính về việc bổ sung dự toán.",
     [("15559/BTC-NSNN", "Văn bản", None, BTC, ANY)]),
    ("QUYẾT ĐỊNH số 450/QĐ-UBND về việc công nhận xã đạt chuẩn nông thôn mới",
     [("450/QĐ-UBND", "Quyết định", None, None, UBND)]),
    ("NGHỊ QUYẾT SỐ 20/2022/NQ-HĐND QUY ĐỊNH MỨC HỖ TRỢ",
     [("20/2022/NQ-HĐND", "Nghị quyết", None, None, ANY)]),
    ("Nghị quyết số: 12/2023/NQ-HĐND được thông qua tại kỳ họp thứ 15.",
     [("12/2023/NQ-HĐND", "Nghị quyết", None, None, ANY)]),
    ("Kế hoạch số số 45/KH-UBND yêu cầu các sở báo cáo trước ngày 15 hằng tháng.",
     [("45/KH-UBND", "Kế hoạch", None, None, UBND)]),
    ("Thông báo số 215/TB-UBND đã được gửi tới các sở, ngành.",
     [("215/TB-UBND", "Thông báo", None, None, UBND)]),
    ("Thực hiện Công điện số 07/CĐ-UBND, các huyện ven biển đã sơ tán dân.",
     [("07/CĐ-UBND", "Công điện", None, None, UBND)]),
    ("Báo cáo thẩm tra số 25/BC-KTNS đánh giá cao việc điều hành ngân sách.",
     [("25/BC-KTNS", "Báo cáo", None, None, ANY)]),
    ("Thông báo kết luận số 45-TB/TU của Ban Thường vụ Tỉnh ủy đã được quán triệt đến chi bộ.",
     [("45-TB/TU", "Thông báo", None, "Ban Thường vụ Tỉnh ủy", ANY)]),
    ("Quyết định số 20/2018/QĐ-UBND (ngày 15/6/2018) quy định mức thu phí.",
     [("20/2018/QĐ-UBND", "Quyết định", "2018-06-15", None, UBND)]),
    ("Quyết định số 327/CT ngày 15/9/1992 về chương trình phủ xanh đất trống đồi núi trọc vẫn được nhắc đến.",
     [("327/CT", "Quyết định", "1992-09-15", None, ANY)]),
    ("Theo Quyết định số 89/2005/QĐ ngày 20/5/2005, mức thu được điều chỉnh.",
     [("89/2005/QĐ", "Quyết định", "2005-05-20", None, None)]),
    # --- doc_type from the symbol only ---------------------------------------------------------------
    ("Danh mục công trình đã được phê duyệt tại số 123/QĐ-UBND ngày 05/3/2020.",
     [("123/QĐ-UBND", "Quyết định", "2020-03-05", None, UBND)]),
    ("Mức hỗ trợ thực hiện theo 45/2012/NĐ-CP.",
     [("45/2012/NĐ-CP", "Nghị định", None, None, CP)]),
    ("Nội dung này thực hiện theo số 05/2019/TT-BCT.",
     [("05/2019/TT-BCT", "Thông tư", None, None, BCT)]),
    ("Các xã đã triển khai theo số 18/KH-UBND.",
     [("18/KH-UBND", "Kế hoạch", None, None, UBND)]),
    # --- stray spaces and dots inside the symbol ------------------------------------------------------
    ("Quyết định số 27/2010/QĐ .UBND ngày 30/12/2010 quy định về quản lý cụm công nghiệp.",
     [("27/2010/QĐ-UBND", "Quyết định", "2010-12-30", None, UBND)]),
    ("Nghị định số 52/2018/NĐ- CP về phát triển ngành nghề nông thôn được tuyên truyền rộng rãi.",
     [("52/2018/NĐ-CP", "Nghị định", None, None, CP)]),
    ("Theo tờ trình số 52/TTr.UB ngày 10/5/2004, UBND tỉnh đề nghị điều chỉnh mức thu.",
     [("52/TTr-UB", "Tờ trình", "2004-05-10", None, ANY)]),
    # --- line breaks ------------------------------------------------------------------------------------
    ("Căn cứ Nghị định số\n83/2020/NĐ-CP ngày 15/7/2020 của Chính phủ sửa đổi, bổ sung một số điều;",
     [("83/2020/NĐ-CP", "Nghị định", "2020-07-15", CP, CP)]),
    ("Thực hiện Quyết định số\n2212/QĐ-UBND ngày 27/8/2021 về kiện toàn ban chỉ đạo.",
     [("2212/QĐ-UBND", "Quyết định", "2021-08-27", None, UBND)]),
    # --- dates that are not the issue date ------------------------------------------------------------
    ("Quyết định số 55/QĐ-UBND ngày 31 tháng 12 về giao dự toán đã được công khai.",
     [("55/QĐ-UBND", "Quyết định", None, None, UBND)]),
    ("Theo Quyết định số 66/QĐ-UBND năm 2014, toàn tỉnh có 120 làng nghề.",
     [("66/QĐ-UBND", "Quyết định", None, None, UBND)]),
    # --- several references, each occurrence its own fact ------------------------------------------------
    ("Căn cứ Nghị định số 98/2018/NĐ-CP ngày 05/7/2018 của Chính phủ và Thông tư số 05/2019/TT-BNNPTNT "
     "ngày 02/5/2019 hướng dẫn liên kết sản xuất.",
     [("98/2018/NĐ-CP", "Nghị định", "2018-07-05", CP, CP),
      ("05/2019/TT-BNNPTNT", "Thông tư", "2019-05-02", None, ANY)]),
    ("Quyết định số 1600/QĐ-TTg là cơ sở để triển khai chương trình; theo Quyết định số 1600/QĐ-TTg, "
     "các xã phải đạt 19 tiêu chí.",
     [("1600/QĐ-TTg", "Quyết định", None, None, TTG), ("1600/QĐ-TTg", "Quyết định", None, None, TTG)]),
    ("Nghị quyết số 26/2021/NQ-HĐND và Quyết định số 30/2021/QĐ-UBND quy định cùng một mức hỗ trợ.",
     [("26/2021/NQ-HĐND", "Nghị quyết", None, None, ANY), ("30/2021/QĐ-UBND", "Quyết định", None, None, UBND)]),
    # an issuer of two bodies joined by "&": the ministry its letters name
    ("Thông tư số 12/2019/TT-BGD&ĐT ngày 01/3/2019 quy định về chuẩn.",
     [("12/2019/TT-BGD&ĐT", "Thông tư", "2019-03-01", None, "Bộ Giáo dục và Đào tạo")]),
    # --- document header lines --------------------------------------------------------------------------
    ("ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\nSố: 76/QĐ-UBND\nHải Dương, ngày 10 tháng 01 năm 2020",
     [("76/QĐ-UBND", ANY, None, ANY, UBND)]),
]


@pytest.mark.parametrize("sentence,expected", REFS, ids=[f"ref{i:02d}" for i in range(len(REFS))])
def test_legal_ref(sentence, expected):
    got = [(f["code"], f["doc_type"], f["issued"], f["issuer"], f["issuer_from_code"]) for f in refs_of(sentence)]
    assert got == expected


SHAPES = [
    ("Quyết định số 0123/QĐ-UBND ngày 15/01/2019 đã được thu hồi.",
     [("Quyết định số 0123/QĐ-UBND", "0123/QĐ-UBND", "123", None)]),
    ("Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21/5/2012;",
     [("Nghị định số 45/2012/NĐ-CP", "45/2012/NĐ-CP", "45", 2012)]),
    ("Quán triệt Nghị quyết số 15-NQ/TW ngày 01/6/2012.",
     [("Nghị quyết số 15-NQ/TW", "15-NQ/TW", "15", None)]),
    ("Nghị quyết số 29/2021/QH15 được Quốc hội thông qua.",
     [("Nghị quyết số 29/2021/QH15", "29/2021/QH15", "29", 2021)]),
    ("Thông tư số 05/2019/TT-BNNPTNT có hiệu lực từ tháng 7.",
     [("Thông tư số 05/2019/TT-BNNPTNT", "05/2019/TT-BNNPTNT", "5", 2019)]),
    ("Căn cứ Nghị định số\n83/2020/NĐ-CP;",
     [("Nghị định số\n83/2020/NĐ-CP", "83/2020/NĐ-CP", "83", 2020)]),
    ("Quyết định số 27/2010/QĐ .UBND quy định về quản lý cụm công nghiệp.",
     [("Quyết định số 27/2010/QĐ .UBND", "27/2010/QĐ-UBND", "27", 2010)]),
    ("Theo Quyết định 102/2009/QĐ-TTg, hộ nghèo được hỗ trợ trực tiếp.",
     [("Quyết định 102/2009/QĐ-TTg", "102/2009/QĐ-TTg", "102", 2009)]),
    ("Căn cứ Luật Đầu tư số 61/2020/QH14;",
     [("Luật Đầu tư số 61/2020/QH14", "61/2020/QH14", "61", 2020)]),
    ("Báo cáo thẩm tra số 25/BC-KTNS được gửi đại biểu.",
     [("Báo cáo thẩm tra số 25/BC-KTNS", "25/BC-KTNS", "25", None)]),
    ("UBND tỉnh ban hành QĐ số 2150/QĐ-UBND về việc phê duyệt danh mục.",
     [("QĐ số 2150/QĐ-UBND", "2150/QĐ-UBND", "2150", None)]),
    ("Thông tư liên tịch số 26/2014/TTLT-BTC-BCT hướng dẫn quản lý kinh phí.",
     [("Thông tư liên tịch số 26/2014/TTLT-BTC-BCT", "26/2014/TTLT-BTC-BCT", "26", 2014)]),
    ("SỞ NÔNG NGHIỆP VÀ PTNT - SỞ TÀI CHÍNH\nSố: 215/2019/HDLN/SNN-STC\nV/v hướng dẫn liên ngành",
     [("Số: 215/2019/HDLN/SNN-STC", "215/2019/HDLN-SNN-STC", "215", 2019)]),
    ("ỦY BAN NHÂN DÂN\nHUYỆN THANH HÀ\nSố: 076/QĐ-UBND\nThanh Hà, ngày 10 tháng 01 năm 2020",
     [("Số: 076/QĐ-UBND", "076/QĐ-UBND", "76", None)]),
    ("Các xã triển khai QĐ 560/QĐ-UBND về bảo vệ rừng.",
     [("QĐ 560/QĐ-UBND", "560/QĐ-UBND", "560", None)]),
    ("Thông báo kết luận số 45-TB/TU đã được quán triệt.",
     [("Thông báo kết luận số 45-TB/TU", "45-TB/TU", "45", None)]),
    ("Nghị định số 52/2018/NĐ- CP về phát triển ngành nghề nông thôn.",
     [("Nghị định số 52/2018/NĐ- CP", "52/2018/NĐ-CP", "52", 2018)]),
    # a serial number with a letter, the famous programme for the poorest districts
    ("Các huyện nghèo theo Nghị quyết 30a/2008/NQ-CP được ưu tiên vốn.",
     [("Nghị quyết 30a/2008/NQ-CP", "30a/2008/NQ-CP", "30a", 2008)]),
    # the type word ends a line, "số" starts the next
    ("Căn cứ Quyết định\nsố 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ;",
     [("Quyết định\nsố 318/QĐ-TTg", "318/QĐ-TTg", "318", None)]),
    # a symbol broken after its hyphen, and one spaced on both sides of it
    ("Thực hiện Thông tư số 17/2021/TT-\nBCT về khuyến công.",
     [("Thông tư số 17/2021/TT-\nBCT", "17/2021/TT-BCT", "17", 2021)]),
    ("Theo Nghị định số 57/2018/NĐ - CP về khuyến khích đầu tư vào nông nghiệp.",
     [("Nghị định số 57/2018/NĐ - CP", "57/2018/NĐ-CP", "57", 2018)]),
    # a space alone before an issuer with its term's number; not before a word of a name ("TP Hà Nội")
    ("Theo Nghị quyết (NQ) 1675/NQ UBTVQH14 ngày 15/1/2025, tỉnh sắp xếp xã.",
     [("1675/NQ UBTVQH14", "1675/NQ-UBTVQH14", "1675", None)]),
    ("Công văn số 123/UBND TP Hà Nội gửi các sở.", [("Công văn số 123/UBND", "123/UBND", "123", None)]),
    # a type code and an issuer code typed without their hyphen; an issuer's own code ("TTCP") stays whole
    ("Theo Quyết định số 2150/QĐUBND ngày 01/12/2021 của UBND tỉnh.",
     [("Quyết định số 2150/QĐUBND", "2150/QĐ-UBND", "2150", None)]),
    ("Công văn số 1234/TTCP-KHTCTH gửi các bộ.", [("Công văn số 1234/TTCP-KHTCTH", "1234/TTCP-KHTCTH", "1234", None)]),
    # two bodies joined by "&" in one part of the issuer
    ("Thực hiện Thông tư số 12/2019/TT-BGD&ĐT của Bộ.",
     [("Thông tư số 12/2019/TT-BGD&ĐT", "12/2019/TT-BGD&ĐT", "12", 2019)]),
    # a table's next label run into the symbol, its blank lost: the capitalised word is no part of the issuer
    ("Số hiệu: 25/2019/QĐ-UBNDNgày ban hành: 12/10/2019", [("25/2019/QĐ-UBND", "25/2019/QĐ-UBND", "25", 2019)]),
    # a PDF's text layer that drops every "Đ" (and other letters) leaves a blank in "QĐ", "NĐ": the code mends it
    ("TH TƯ NG CHÍNH PH\nS : 142/2003/Q -TTg Hà N i, ngày 15 tháng 7 năm 2003",
     [("142/2003/Q -TTg", "142/2003/QĐ-TTg", "142", 2003)]),
    ("Căn c Ngh nh s 24/2019/N -CP c a Chính ph ;", [("24/2019/N -CP", "24/2019/NĐ-CP", "24", 2019)]),
]


@pytest.mark.parametrize("sentence,expected", SHAPES, ids=[f"shape{i:02d}" for i in range(len(SHAPES))])
def test_legal_ref_text_number_year(sentence, expected):
    got = [(f["text"], f["code"], f["number"], f["year"]) for f in refs_of(sentence)]
    assert got == expected


NOT_REFS = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;",
    "Theo quy định tại điều 120 của Luật Doanh nghiệp, công ty phải công khai thông tin.",
    "Số liệu được tổng hợp theo Mẫu số 10/CKNS-NSĐP.",
    "Dự án VIE/401 do UNDP tài trợ đã kết thúc đúng hạn.",
    "Ngày 01/8/2014, hội nghị tổng kết được tổ chức tại thành phố.",
    "Doanh thu kế hoạch/thực hiện là 2.090/2.060 tỷ đồng.",
    "Bình quân 02 hộ/01 giếng khoan.",
    "Đường dây nóng hoạt động 24/7 trong dịp Tết.",
    "Đến nay đã có 3/5 xã đạt chuẩn nông thôn mới.",
    "Xã đạt 16/19 tiêu chí nông thôn mới.",
    "Sáng 15/3, đoàn công tác của tỉnh đã làm việc tại huyện.",
    "Dịch Covid-19 làm gián đoạn chuỗi cung ứng.",
]


@pytest.mark.parametrize("sentence", NOT_REFS, ids=[f"notref{i:02d}" for i in range(len(NOT_REFS))])
def test_not_legal_ref(sentence):
    assert [f["text"] for f in refs_of(sentence)] == []
