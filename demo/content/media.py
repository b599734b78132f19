"""The picture, document and video library of the demo portal.

Each picture is drawn by demo/artwork.py; its description is the alt text and says what the drawing shows.
"""

CREDIT = "Đồ họa minh họa – dữ liệu mẫu"

# key: (motif, palette, title, alt text)
SCENES = {
    "ho-guom-binh-minh": (
        "lake_tower",
        "dawn",
        "Hồ Hoàn Kiếm lúc bình minh",
        "Minh họa: Tháp Rùa giữa hồ Hoàn Kiếm lúc bình minh, mặt hồ phản chiếu nền trời hồng nhạt, "
        "cây cổ thụ nghiêng bóng bên bờ.",
    ),
    "ho-guom-hoang-hon": (
        "lake_tower",
        "dusk",
        "Hồ Hoàn Kiếm lúc hoàng hôn",
        "Minh họa: Tháp Rùa in bóng trên mặt hồ Hoàn Kiếm lúc hoàng hôn, bầu trời chuyển tím cam.",
    ),
    "ho-guom-dem": (
        "lake_tower",
        "night",
        "Hồ Hoàn Kiếm về đêm",
        "Minh họa: hồ Hoàn Kiếm về đêm, trăng sáng phía trên Tháp Rùa và hàng cây ven hồ.",
    ),
    "chua-ho-tay-ngay": (
        "pagoda",
        "day",
        "Bảo tháp chùa cổ bên hồ Tây",
        "Minh họa: bảo tháp mười một tầng của một ngôi chùa cổ bên hồ Tây, hàng cây xanh hai bên, trời trong xanh.",
    ),
    "chua-ho-tay-chieu": (
        "pagoda",
        "dusk",
        "Chùa cổ bên hồ Tây lúc chiều tà",
        "Minh họa: bảo tháp và mái chùa cổ in bóng xuống mặt hồ Tây lúc chiều tà.",
    ),
    "chua-suong-som": (
        "pagoda",
        "mist",
        "Chùa cổ trong sương sớm",
        "Minh họa: bảo tháp nhiều tầng và mái chùa mờ trong sương sớm bên mặt hồ phẳng lặng.",
    ),
    "khue-van-cac": (
        "gate",
        "day",
        "Gác mái cong với cửa sổ tròn",
        "Minh họa: gác hai tầng mái cong có ô cửa sổ tròn trong khuôn viên di tích, du khách đi dạo phía trước.",
    ),
    "khue-van-cac-xuan": (
        "gate",
        "spring",
        "Di tích cổ ngày xuân",
        "Minh họa: gác mái cong cửa sổ tròn dưới bầu trời mùa xuân, hai bên là tường gạch và cây cổ thụ.",
    ),
    "pho-co-ngay": (
        "old_quarter",
        "day",
        "Dãy nhà ống trên phố cổ",
        "Minh họa: dãy nhà ống mái ngói nhiều màu trên một tuyến phố cổ, đèn lồng đỏ vàng giăng ngang phố.",
    ),
    "pho-co-dem": (
        "old_quarter",
        "night",
        "Phố cổ về đêm",
        "Minh họa: phố cổ về đêm, những dây đèn lồng sáng rực phía trên dòng người dạo phố.",
    ),
    "san-van-dong-ngay": (
        "stadium",
        "day",
        "Sân vận động ngày thi đấu",
        "Minh họa: sân vận động lớn với khán đài kín người và mặt cỏ xanh, hai cột đèn chiếu sáng hai bên.",
    ),
    "san-van-dong-dem": (
        "stadium",
        "night",
        "Sân vận động về đêm",
        "Minh họa: sân vận động sáng đèn trong một trận đấu buổi tối, khán đài phủ kín sắc màu cổ động viên.",
    ),
    "chay-bo-binh-minh": (
        "runners",
        "dawn",
        "Giải chạy lúc bình minh",
        "Minh họa: đoàn người chạy bộ trên con đường rợp cây lúc bình minh, phía trước là cổng đích màu đỏ.",
    ),
    "chay-bo-ban-ngay": (
        "runners",
        "day",
        "Giải chạy phong trào",
        "Minh họa: nhiều người áo đủ màu cùng chạy về cổng đích trên đại lộ hai bên cây xanh.",
    ),
    "san-khau-rem-do": (
        "stage",
        "warm",
        "Sân khấu rèm nhung đỏ",
        "Minh họa: sân khấu rèm nhung đỏ, ba diễn viên múa quạt dưới ánh đèn, khán giả ngồi kín hàng ghế phía trước.",
    ),
    "san-khau-rem-xanh": (
        "stage",
        "cool",
        "Sân khấu biểu diễn nghệ thuật",
        "Minh họa: ba nghệ sĩ biểu diễn dưới ba luồng đèn sân khấu, rèm màu xanh thẫm hai bên cánh gà.",
    ),
    "thu-vien-den-vang": (
        "library",
        "warm",
        "Phòng đọc thư viện",
        "Minh họa: phòng đọc thư viện với những giá sách nhiều màu, hai bạn đọc ngồi đọc sách bên bàn dưới đèn vàng.",
    ),
    "thu-vien-sang": (
        "library",
        "cool",
        "Không gian đọc sáng sủa",
        "Minh họa: không gian đọc sáng sủa, kệ sách kín tường và bạn đọc ngồi bên bàn dài.",
    ),
    "bao-tang-ngay": (
        "museum",
        "day",
        "Tòa nhà bảo tàng hình kim tự tháp ngược",
        "Minh họa: tòa nhà bảo tàng hình kim tự tháp ngược nhiều tầng kính, quảng trường phía trước có khách tham "
        "quan.",
    ),
    "bao-tang-chieu": (
        "museum",
        "dusk",
        "Bảo tàng lúc chiều tối",
        "Minh họa: bảo tàng kính nhiều tầng dưới bầu trời chiều tím, khách tham quan đi trên quảng trường.",
    ),
    "le-hoi-den-long": (
        "festival",
        "day",
        "Không gian lễ hội đèn lồng",
        "Minh họa: không gian lễ hội với hàng trăm đèn lồng, cờ đuôi nheo nhiều màu và chiếc trống đỏ lớn giữa đám "
        "đông.",
    ),
    "le-hoi-dem": (
        "festival",
        "night",
        "Đêm hội đèn lồng",
        "Minh họa: đêm hội với những chùm đèn lồng đỏ vàng, chiếc trống lớn và đông đảo người dân dự hội.",
    ),
    "gia-dinh-cong-vien": (
        "family",
        "dusk",
        "Gia đình dạo công viên",
        "Minh họa: gia đình bốn người nắm tay nhau dạo công viên lúc hoàng hôn, cánh diều bay trên trời.",
    ),
    "gia-dinh-mua-xuan": (
        "family",
        "spring",
        "Gia đình ngày xuân",
        "Minh họa: cha mẹ và hai con thả diều trên bãi cỏ ngày xuân, trời xanh pha hồng.",
    ),
    "bua-com-gia-dinh": (
        "home",
        "warm",
        "Bữa cơm gia đình",
        "Minh họa: gia đình nhiều thế hệ quây quần bên mâm cơm tối dưới ánh đèn, ngoài cửa sổ trời đã tối.",
    ),
    "gom-men-lam": (
        "ceramics",
        "warm",
        "Gốm men lam, men nâu",
        "Minh họa: những chiếc bình gốm men lam, men nâu nhiều dáng xếp trên kệ và trên sàn một xưởng gốm.",
    ),
    "gom-trung-bay": (
        "ceramics",
        "cool",
        "Trưng bày gốm",
        "Minh họa: các bình gốm men trắng vẽ lam và men màu được trưng bày thành hai hàng.",
    ),
    "cau-sat-binh-minh": (
        "bridge",
        "dawn",
        "Cầu sắt trên sông lúc bình minh",
        "Minh họa: cây cầu sắt nhiều nhịp vắt qua sông lúc bình minh, bãi chuối xanh ở bờ bên này.",
    ),
    "cau-sat-hoang-hon": (
        "bridge",
        "dusk",
        "Cầu sắt lúc hoàng hôn",
        "Minh họa: những nhịp cầu sắt in bóng trên mặt sông lúc hoàng hôn.",
    ),
    "bo-phan-mot-cua": (
        "service_counter",
        "cool",
        "Bộ phận một cửa",
        "Minh họa: bộ phận một cửa với năm quầy tiếp nhận có máy tính, bảng số thứ tự điện tử và người dân chờ "
        "làm thủ tục.",
    ),
    "nop-ho-so-truc-tuyen": (
        "online",
        "cool",
        "Nộp hồ sơ trực tuyến",
        "Minh họa: máy tính xách tay mở biểu mẫu nộp hồ sơ trực tuyến, bên cạnh là điện thoại, tách cà phê và chậu "
        "cây.",
    ),
    "quang-truong-co-sang": (
        "square_flag",
        "dawn",
        "Lá cờ trên quảng trường buổi sớm",
        "Minh họa: lá cờ đỏ sao vàng tung bay trên cột cờ giữa quảng trường có các ô cỏ xanh, người dân đi bộ phía "
        "trước.",
    ),
    "quang-truong-co-ngay": (
        "square_flag",
        "day",
        "Quảng trường ngày lễ",
        "Minh họa: quảng trường rộng với những ô cỏ xanh và lá cờ đỏ sao vàng trên nền trời xanh.",
    ),
    "pho-xanh": (
        "street_green",
        "day",
        "Đại lộ rợp bóng cây",
        "Minh họa: đại lộ rợp bóng cây xanh hai bên, vỉa hè thông thoáng, người đi bộ thong thả.",
    ),
    "day-dien-chang-chit": (
        "street_wires",
        "day",
        "Dây điện chằng chịt",
        "Minh họa: dây điện, dây cáp chằng chịt giữa hai cột điện trên một tuyến phố, biển quảng cáo lộn xộn.",
    ),
    "rac-via-he": (
        "street_litter",
        "mist",
        "Rác trên vỉa hè",
        "Minh họa: túi rác, thùng rác đầy và rác vụn nằm ngổn ngang trên vỉa hè một tuyến phố.",
    ),
    "via-he-van-minh": (
        "street_clean",
        "spring",
        "Vỉa hè sạch đẹp",
        "Minh họa: vỉa hè sạch sẽ với các bồn hoa nhiều màu và ghế đá, người dân đi bộ.",
    ),
    "dam-sen": (
        "lotus",
        "day",
        "Đầm sen",
        "Minh họa: đầm sen với lá xanh phủ kín mặt nước và những bông sen hồng vươn cao.",
    ),
    "be-boi": (
        "pool",
        "cool",
        "Thi đấu bơi lội",
        "Minh họa: các vận động viên bơi lội thi đấu trên những làn bơi ngăn bởi phao đỏ trắng.",
    ),
    "bong-da": (
        "football",
        "day",
        "Trận bóng đá",
        "Minh họa: trận bóng đá giữa hai đội áo đỏ và áo trắng trên sân cỏ, khán giả kín khán đài phía sau.",
    ),
    "roi-nuoc": (
        "puppets",
        "night",
        "Múa rối nước",
        "Minh họa: thủy đình mái cong màu đỏ, các con rối nhiều màu biểu diễn trên mặt nước.",
    ),
}

# key: (style, heading, subheading, title, alt text)
BANNER_IMAGES = {
    "banner-80-nam": (
        "national",
        "Kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9",
        "Hà Nội rực rỡ cờ hoa",
        "Banner kỷ niệm 80 năm Cách mạng tháng Tám",
        "Banner nền đỏ với ngôi sao vàng lớn và dòng chữ “Kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9 – "
        "Hà Nội rực rỡ cờ hoa”.",
    ),
    "banner-thanh-pho-sang-tao": (
        "creative",
        "Hà Nội – Thành phố sáng tạo",
        "Thiết kế sáng tạo, kết nối di sản",
        "Banner Hà Nội – Thành phố sáng tạo",
        "Banner nền xanh lam với các hình tròn, tam giác nhiều màu và dòng chữ “Hà Nội – Thành phố sáng tạo: thiết "
        "kế sáng tạo, kết nối di sản”.",
    ),
    # The English banners carry English words, with English alt text for English readers.
    "banner-80-nam-en": (
        "national",
        "80 years of the August Revolution and National Day",
        "Hanoi in flags and flowers",
        "Banner: 80 years of the August Revolution (English)",
        "Red banner with a large yellow star and the words “80 years of the August Revolution and National Day – "
        "Hanoi in flags and flowers”.",
    ),
    "banner-thanh-pho-sang-tao-en": (
        "creative",
        "Hanoi – Creative City",
        "Creative design, connected heritage",
        "Banner: Hanoi – Creative City (English)",
        "Blue banner with colourful circles and triangles and the words “Hanoi – Creative City: creative design, "
        "connected heritage”.",
    ),
}

# key: (title, issuer line, number, heading, paragraphs)
DOCUMENTS = {
    "ke-hoach-le-hoi": (
        "Kế hoạch tổ chức Ngày hội Văn hóa – Thể thao các phường, xã (tài liệu mẫu)",
        "Số: 00/KH-SVHTT (mẫu)",
        "KẾ HOẠCH",
        (
            "Tổ chức Ngày hội Văn hóa – Thể thao các phường, xã thành phố Hà Nội.",
            "I. Mục đích, yêu cầu: Tạo sân chơi lành mạnh, phát huy phong trào văn hóa, văn nghệ, thể dục thể thao "
            "tại cơ sở; tôn vinh các câu lạc bộ, nghệ nhân và vận động viên tiêu biểu.",
            "II. Thời gian, địa điểm: Tổ chức trong ba ngày cuối tuần tại Cung Văn hóa Lao động Hữu nghị Việt Xô và "
            "các điểm sinh hoạt văn hóa của các phường, xã.",
            "III. Nội dung: Liên hoan văn nghệ quần chúng; thi đấu kéo co, cờ tướng, bóng chuyền hơi; trưng bày sản "
            "phẩm làng nghề; trình diễn trang phục truyền thống.",
            "IV. Tổ chức thực hiện: Các phòng, đơn vị thuộc Sở theo chức năng, nhiệm vụ phối hợp với Ủy ban nhân dân "
            "các phường, xã triển khai kế hoạch này.",
        ),
    ),
    "the-le-cuoc-thi-anh": (
        "Thể lệ Cuộc thi ảnh “Hà Nội đẹp và chưa đẹp” (tài liệu mẫu)",
        "Số: 00/TL-SVHTT (mẫu)",
        "THỂ LỆ CUỘC THI ẢNH",
        (
            "Cuộc thi ảnh “Hà Nội đẹp và chưa đẹp”.",
            "1. Đối tượng: Công dân Việt Nam và người nước ngoài sinh sống, học tập, làm việc tại Hà Nội.",
            "2. Nội dung: Ảnh chụp tại Hà Nội phản ánh hình ảnh đẹp của Thủ đô hoặc những hành vi, hình ảnh chưa đẹp "
            "nơi công cộng cần được khắc phục.",
            "3. Quy định: Mỗi tác giả gửi tối đa 10 ảnh đơn hoặc 2 bộ ảnh; ảnh không chỉnh sửa làm sai lệch nội dung; "
            "ghi rõ thời gian, địa điểm chụp.",
            "4. Giải thưởng: 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 10 giải Khuyến khích cho mỗi chủ đề.",
        ),
    ),
    "huong-dan-dich-vu-cong": (
        "Hướng dẫn nộp hồ sơ thủ tục hành chính trực tuyến (tài liệu mẫu)",
        "Số: 00/HD-SVHTT (mẫu)",
        "HƯỚNG DẪN",
        (
            "Nộp hồ sơ thủ tục hành chính lĩnh vực văn hóa, thể thao qua Cổng Dịch vụ công.",
            "Bước 1: Truy cập Cổng Dịch vụ công, đăng nhập bằng tài khoản định danh điện tử.",
            "Bước 2: Tìm thủ tục theo tên hoặc lĩnh vực, chọn cơ quan giải quyết là Sở Văn hóa và Thể thao.",
            "Bước 3: Điền tờ khai điện tử, đính kèm bản điện tử các thành phần hồ sơ theo quy định.",
            "Bước 4: Thanh toán phí, lệ phí trực tuyến (nếu có) và theo dõi trạng thái hồ sơ qua tin nhắn, thư điện "
            "tử.",
            "Bước 5: Nhận kết quả bản điện tử hoặc bản giấy qua dịch vụ bưu chính công ích.",
        ),
    ),
    "bao-cao-cai-cach-hanh-chinh": (
        "Báo cáo kết quả cải cách hành chính quý III (tài liệu mẫu)",
        "Số: 00/BC-SVHTT (mẫu)",
        "BÁO CÁO",
        (
            "Kết quả công tác cải cách hành chính quý III.",
            "1. Tiếp nhận và giải quyết thủ tục hành chính: Tổng số hồ sơ tiếp nhận trong kỳ là 1.284 hồ sơ, trong đó "
            "1.102 hồ sơ nộp trực tuyến; 99,6% hồ sơ giải quyết đúng và trước hạn.",
            "2. Rà soát, đơn giản hóa thủ tục: Đề xuất cắt giảm thời gian giải quyết đối với 6 thủ tục trong lĩnh vực "
            "nghệ thuật biểu diễn và quảng cáo.",
            "3. Chuyển đổi số: 100% văn bản đi được ký số; tiếp tục số hóa hồ sơ, kết quả giải quyết thủ tục hành "
            "chính.",
            "4. Nhiệm vụ quý IV: Nâng cao tỷ lệ thanh toán trực tuyến; khảo sát mức độ hài lòng của người dân.",
        ),
    ),
    "quy-tac-ung-xu-tom-tat": (
        "Tóm tắt Quy tắc ứng xử nơi công cộng trên địa bàn Hà Nội (tài liệu tuyên truyền mẫu)",
        "Tài liệu tuyên truyền (mẫu)",
        "TÓM TẮT QUY TẮC ỨNG XỬ",
        (
            "Quy tắc ứng xử nơi công cộng trên địa bàn thành phố Hà Nội – những điều cần nhớ.",
            "1. Giữ gìn vệ sinh chung: không xả rác, không khạc nhổ, không viết, vẽ bậy nơi công cộng.",
            "2. Ứng xử văn minh: nói năng lịch sự, tôn trọng người cao tuổi, phụ nữ, trẻ em; xếp hàng theo thứ tự.",
            "3. Tham gia giao thông: chấp hành luật, nhường đường, không lấn chiếm vỉa hè, lòng đường.",
            "4. Tại di tích, lễ hội: trang phục lịch sự, không chen lấn, không đặt tiền lễ sai nơi quy định.",
            "5. Với du khách: thân thiện, mến khách, trung thực trong mua bán, dịch vụ.",
        ),
    ),
    "dieu-le-giai-chay": (
        "Điều lệ Giải chạy “Vì sức khỏe cộng đồng” (tài liệu mẫu)",
        "Số: 00/ĐL-SVHTT (mẫu)",
        "ĐIỀU LỆ GIẢI CHẠY",
        (
            "Giải chạy “Vì sức khỏe cộng đồng”.",
            "1. Cự ly: 5 km và 10 km dành cho mọi lứa tuổi; 2 km dành cho gia đình và thiếu nhi.",
            "2. Đăng ký: Miễn phí, đăng ký trực tuyến hoặc tại Ủy ban nhân dân các phường, xã trước ngày thi đấu.",
            "3. Yêu cầu: Vận động viên tự chịu trách nhiệm về sức khỏe, khởi động kỹ, tuân thủ hướng dẫn của ban tổ "
            "chức.",
            "4. Giải thưởng: Huy chương hoàn thành cho tất cả vận động viên về đích; giải thưởng cho các nhóm tuổi.",
        ),
    ),
}

# key: (video file, captions file, title, transcript); the poster is the article's cover picture
CLIPS = {
    "van-hoa-the-thao": (
        "sac-mau-van-hoa-the-thao.mp4",
        "sac-mau-van-hoa-the-thao.vi.vtt",
        "Sắc màu văn hóa, thể thao Thủ đô",
        "Bình minh trên hồ Hoàn Kiếm, nơi hội tụ tinh hoa văn hóa ngàn năm của Thủ đô. Mỗi tối cuối tuần, các sân "
        "khấu truyền thống lại sáng đèn đón khán giả. Phong trào thể thao quần chúng lan tỏa khắp các phường, xã.",
    ),
    "dich-vu-cong": (
        "huong-dan-nop-ho-so-truc-tuyen.webm",
        "huong-dan-nop-ho-so-truc-tuyen.vi.vtt",
        "Hướng dẫn nộp hồ sơ thủ tục hành chính trực tuyến",
        "Bước 1: Đăng nhập Cổng Dịch vụ công bằng tài khoản định danh điện tử. Bước 2: Chọn thủ tục, điền tờ khai và "
        "đính kèm thành phần hồ sơ. Bước 3: Nộp phí, lệ phí trực tuyến và theo dõi kết quả giải quyết.",
    ),
}
