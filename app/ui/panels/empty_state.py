"""What the stores panel shows before the first store exists."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.actions import AppActions


class EmptyState(QWidget):
    def __init__(self, actions: AppActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(QCoreApplication.translate("EmptyState", "No stores yet"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            QCoreApplication.translate(
                "EmptyState",
                "Connect a Shopify, WooCommerce, BaseLinker, Amazon or any JSON API store, and "
                "StoreSync keeps its stock and orders in step on the schedule you choose.\n"
                "Not ready yet? The demo stores run on this computer and show how it works.",
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_button = QPushButton(QCoreApplication.translate("EmptyState", "Add a store"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(actions.add_store)
        self.demo_button = QPushButton(QCoreApplication.translate("EmptyState", "Try the demo stores"))
        self.demo_button.clicked.connect(actions.add_demo_stores)
        self.demo_button.setVisible(actions.can_add_demo_stores())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        layout.addLayout(buttons)
        layout.addStretch(2)
